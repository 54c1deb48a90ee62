import { lazyQuery } from '../lazy-query';

describe('lazyQuery', () => {
  test('reads like a parsed query string', () => {
    const q = lazyQuery('v=abc&x=1&x=2&e=%F0%9F%8F%83+y');
    expect(q.v).toBe('abc');
    expect(q.x).toEqual(['1', '2']);
    expect(q.e).toBe('🏃 y');
    expect(q.missing).toBeUndefined();
    expect('v' in q).toBe(true);
    expect({ ...q }).toEqual({ v: 'abc', x: ['1', '2'], e: '🏃 y' });
    expect(lazyQuery('__proto__=1').__proto__).toBe('1');
  });
});
