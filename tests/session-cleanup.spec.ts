// "Session cleanup": the Lambda deletes expired `sessions` rows every 6 hours. If it runs, no row can have
// expired longer ago than one interval (plus a margin for the run itself). Needs the database.
import type mysql from 'mysql2/promise';
import { expect, test } from '../fixtures/index.ts';

const CLEANUP_INTERVAL_MIN = 6 * 60;
const MARGIN_MIN = 15;

test.describe('Session cleanup', { tag: '@readonly', annotation: { type: 'checklist', description: 'session-cleanup' } }, () => {
  test(`no session row expired more than ${CLEANUP_INTERVAL_MIN / 60} h + ${MARGIN_MIN} min ago`, async ({ db }, testInfo) => {
    test.skip(db === null, 'no database access (set CMEP_DB_URL)');
    // expires_at is naive UTC (contract §2): compare with UTC_TIMESTAMP(), not NOW(), whatever the DB's time zone.
    const [rows] = await db!.query<mysql.RowDataPacket[]>(
      `SELECT COUNT(*) AS stale, MIN(expires_at) AS oldest,
              (SELECT COUNT(*) FROM sessions WHERE expires_at < UTC_TIMESTAMP()) AS expired
         FROM sessions WHERE expires_at < UTC_TIMESTAMP() - INTERVAL ? MINUTE`,
      [CLEANUP_INTERVAL_MIN + MARGIN_MIN],
    );
    const { stale, oldest, expired } = rows[0]!;
    testInfo.annotations.push({
      type: 'evidence',
      description: `sessions expired: ${expired}; expired beyond ${CLEANUP_INTERVAL_MIN + MARGIN_MIN} min: ${stale}${oldest ? ` (oldest expiry ${new Date(oldest).toISOString()})` : ''}`,
    });
    expect(Number(stale), 'session rows the cleanup should already have deleted').toBe(0);
  });
});
