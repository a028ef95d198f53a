// The twin's MariaDB access: one mysql2 pool in UTC (the prod Lambda's NOW() is only right while the DB runs in
// UTC, so the twin pins it), plus small helpers the routes share.
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mysql from 'mysql2/promise';
import type { Pool, PoolConnection, ResultSetHeader, RowDataPacket } from 'mysql2/promise';
import type { TwinSettings } from '../../config/twin.ts';

export type Db = Pool | PoolConnection;
export type Row = RowDataPacket & Record<string, any>;

export function createPool(settings: TwinSettings): Pool {
  const pool = mysql.createPool({
    host: '127.0.0.1',
    port: settings.dbPort,
    user: settings.db.user,
    password: settings.db.password,
    database: settings.db.database,
    timezone: 'Z',
    // DATETIME/DATE come back as strings so the DTOs can show them exactly as prod does (naive UTC, no `Z`).
    dateStrings: true,
    charset: 'utf8mb4_unicode_ci',
    connectionLimit: 10,
    connectTimeout: 5000,
  });
  // Every pooled connection runs its session in UTC, so NOW()/UTC_TIMESTAMP() agree.
  pool.pool.on('connection', (conn) => {
    conn.query("SET time_zone = '+00:00'");
  });
  return pool;
}

export async function rows<T = Row>(db: Db, sql: string, params: unknown[] = []): Promise<T[]> {
  const [result] = await db.query<RowDataPacket[]>(sql, params);
  return result as unknown as T[];
}

export async function one<T = Row>(db: Db, sql: string, params: unknown[] = []): Promise<T | undefined> {
  return (await rows<T>(db, sql, params))[0];
}

export async function exec(db: Db, sql: string, params: unknown[] = []): Promise<ResultSetHeader> {
  const [result] = await db.query<ResultSetHeader>(sql, params);
  return result;
}

/** Runs `fn` in one transaction: bad input found half-way rolls back everything it wrote. */
export async function withTx<T>(pool: Pool, fn: (tx: PoolConnection) => Promise<T>): Promise<T> {
  const conn = await pool.getConnection();
  try {
    await conn.beginTransaction();
    const result = await fn(conn);
    await conn.commit();
    return result;
  } catch (err) {
    await conn.rollback().catch(() => undefined);
    throw err;
  } finally {
    conn.release();
  }
}

/** `2026-12-03 12:47:07` (mysql2 dateStrings) → `2026-12-03T12:47:07`, prod's naive-UTC ISO form. */
export function iso(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return String(value).replace(' ', 'T');
}

export const schemaFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'schema.sql');

/** Applies schema.sql statement by statement (it is idempotent: CREATE TABLE IF NOT EXISTS). */
export async function applySchema(pool: Pool): Promise<void> {
  const sql = await fs.readFile(schemaFile, 'utf8');
  const statements = sql
    .split(/;\s*\n/)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter(Boolean);
  for (const statement of statements) await pool.query(statement);
}
