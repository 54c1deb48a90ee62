import { fromGlobalId, MAX_RECORD_ID, registerIdTypes, toGlobalId } from '../global-id';

registerIdTypes({ Action: 'actionById' });

describe('fromGlobalId', () => {
  test('reads back what toGlobalId wrote, up to the largest record ID', () => {
    expect(fromGlobalId(toGlobalId('Action', 12), 'id')).toEqual({ type: 'Action', id: 12 });
    expect(fromGlobalId(toGlobalId('Action', MAX_RECORD_ID), 'id')).toEqual({ type: 'Action', id: MAX_RECORD_ID });
  });

  test('an ID past 32 bits is not a valid ID on either engine (PostgreSQL would refuse to compare it)', () => {
    for (const id of [MAX_RECORD_ID + 1, 99_999_999_999]) {
      expect(() => fromGlobalId(toGlobalId('Action', id), 'id')).toThrow(/is not a valid ID/);
    }
  });
});
