import Database from 'better-sqlite3';
import { byScore, RISK_RATING, riskScore, riskScoreSql } from '../risk.score';

const RATINGS = Array.from({ length: RISK_RATING.max - RISK_RATING.min + 1 }, (_, i) => RISK_RATING.min + i);

describe('risk score', () => {
  test('is likelihood times impact, from 1 (rare, negligible) to 25 (almost certain, severe)', () => {
    expect(riskScore(1, 1)).toBe(1);
    expect(riskScore(2, 3)).toBe(6);
    expect(riskScore(3, 2)).toBe(6);
    expect(riskScore(4, 5)).toBe(20);
    expect(riskScore(5, 5)).toBe(25);
  });

  test('the SQL the list filters and orders by gives the same score as the field, for every pair of ratings', () => {
    const db = new Database(':memory:');
    try {
      db.exec('CREATE TABLE risk (likelihood integer NOT NULL, impact integer NOT NULL)');
      const insert = db.prepare('INSERT INTO risk VALUES (?, ?)');
      for (const l of RATINGS) for (const i of RATINGS) insert.run(l, i);
      const rows = db.prepare(`SELECT r.likelihood AS likelihood, r.impact AS impact, ${riskScoreSql('r')} AS score FROM risk r`).all() as Array<{
        likelihood: number;
        impact: number;
        score: number;
      }>;
      expect(rows).toHaveLength(25);
      for (const row of rows) expect(row.score).toBe(riskScore(row.likelihood, row.impact));
      const atLeast = db.prepare(`SELECT COUNT(*) AS n FROM risk r WHERE ${riskScoreSql('r')} >= ?`);
      // The scores 12 and above: 3x4, 4x3, 3x5, 5x3, 4x4, 4x5, 5x4, 5x5.
      expect((atLeast.get(12) as { n: number }).n).toBe(8);
    } finally {
      db.close();
    }
  });

  test('ranks the highest score first, equal scores in the order they were recorded', () => {
    const risks = [
      { id: 1, score: 6 },
      { id: 2, score: 20 },
      { id: 3, score: 6 },
      { id: 4, score: 25 },
    ];
    expect([...risks].sort(byScore).map((r) => r.id)).toEqual([4, 2, 1, 3]);
  });
});
