// The twin's whole local stack: MariaDB (own data dir, loopback), s3rver (S3 protocol, loopback) and the twin
// itself (API + SPA over HTTPS, control endpoint). One start, one stop, nothing left running.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import mysql from 'mysql2/promise';
// s3rver ships no types; its constructor and run()/close() are all this module uses.
// @ts-expect-error untyped package
import S3rver from 's3rver';
import { repoRoot, stateDir, type TwinSettings } from '../config/twin.ts';

const run = promisify(execFile);

export class StackError extends Error {}

export interface Stack {
  settings: TwinSettings;
  stop(): Promise<void>;
}

type Log = (line: string) => void;

/** Fails with one clear line when a port the stack needs is already taken, instead of hanging later. */
async function assertPortFree(port: number, envName: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        new StackError(
          err.code === 'EADDRINUSE'
            ? `port ${port} is already in use: stop what holds it or set ${envName} to a free port`
            : `port ${port} (${envName}) cannot be opened: ${err.message}`,
        ),
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

export async function ensureTls(settings: TwinSettings): Promise<void> {
  await run('bash', [path.join(repoRoot, 'scripts/make-tls.sh'), settings.tls.dir, settings.domain]);
}

const mariadbDir = path.join(stateDir, 'mariadb');
const mariadbData = path.join(mariadbDir, 'data');
const mariadbSocket = path.join(mariadbDir, 'mysqld.sock');

function sbin(name: string): string {
  for (const dir of ['/usr/sbin', '/usr/bin']) if (fs.existsSync(path.join(dir, name))) return path.join(dir, name);
  return name;
}

async function initMariaDbOnce(log: Log): Promise<void> {
  if (fs.existsSync(path.join(mariadbData, 'mysql'))) return;
  log('twin: initialising MariaDB data directory (first start only)…');
  fs.mkdirSync(mariadbData, { recursive: true });
  await run(sbin('mariadb-install-db'), [
    '--no-defaults',
    `--datadir=${mariadbData}`,
    '--auth-root-authentication-method=normal',
    '--skip-test-db',
    '--user=root',
  ]);
}

async function connectRoot(): Promise<mysql.Connection> {
  return mysql.createConnection({ socketPath: mariadbSocket, user: 'root', multipleStatements: true });
}

async function startMariaDb(settings: TwinSettings, log: Log): Promise<ChildProcess> {
  await assertPortFree(settings.dbPort, 'TWIN_DB_PORT');
  await initMariaDbOnce(log);
  const errorLog = path.join(mariadbDir, 'error.log');
  const child = spawn(
    sbin('mariadbd'),
    [
      '--no-defaults',
      `--datadir=${mariadbData}`,
      `--socket=${mariadbSocket}`,
      `--pid-file=${path.join(mariadbDir, 'mariadbd.pid')}`,
      `--log-error=${errorLog}`,
      `--port=${settings.dbPort}`,
      '--bind-address=127.0.0.1',
      '--user=root',
      '--skip-name-resolve',
      // NOW() must be UTC like the app's naive UTC timestamps (the prod cleanup Lambda relies on the same).
      '--default-time-zone=+00:00',
      '--character-set-server=utf8mb4',
      '--collation-server=utf8mb4_unicode_ci',
      '--innodb-buffer-pool-size=64M',
      '--innodb-flush-log-at-trx-commit=2',
    ],
    { stdio: 'ignore' },
  );
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) =>
      reject(new StackError(`MariaDB exited during start (code ${code}); see ${path.relative(repoRoot, errorLog)}`)),
    ),
  );
  const deadline = Date.now() + 30_000;
  // Poll until the server accepts connections: bounded, and it gives up at once if mariadbd exits.
  for (;;) {
    const ready = connectRoot().then(
      async (c) => (await c.end(), true),
      () => false,
    );
    if (await Promise.race([ready, exited])) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new StackError(`MariaDB did not accept connections within 30 s; see ${path.relative(repoRoot, errorLog)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  exited.catch(() => undefined);
  await provisionDatabase(settings);
  return child;
}

/** The database and its two users: the app's (all privileges on it) and the harness's read-only one. */
async function provisionDatabase(settings: TwinSettings): Promise<void> {
  const { database, user, password, readonlyUser, readonlyPassword } = settings.db;
  const root = await connectRoot();
  try {
    await root.query(
      `CREATE DATABASE IF NOT EXISTS \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
       CREATE USER IF NOT EXISTS ?@'127.0.0.1' IDENTIFIED BY ?;
       ALTER USER ?@'127.0.0.1' IDENTIFIED BY ?;
       GRANT ALL PRIVILEGES ON \`${database}\`.* TO ?@'127.0.0.1';
       CREATE USER IF NOT EXISTS ?@'127.0.0.1' IDENTIFIED BY ?;
       ALTER USER ?@'127.0.0.1' IDENTIFIED BY ?;
       GRANT SELECT ON \`${database}\`.* TO ?@'127.0.0.1';`,
      [user, password, user, password, user, readonlyUser, readonlyPassword, readonlyUser, readonlyPassword, readonlyUser],
    );
  } finally {
    await root.end();
  }
}

async function stopProcess(child: ChildProcess, graceMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

async function startS3(settings: TwinSettings): Promise<{ close(): Promise<void> }> {
  await assertPortFree(settings.s3Port, 'TWIN_S3_PORT');
  const server = new S3rver({
    port: settings.s3Port,
    address: '127.0.0.1',
    directory: path.join(stateDir, 's3'),
    silent: true,
    configureBuckets: [{ name: settings.s3.bucket }],
  });
  await server.run();
  return { close: () => server.close() };
}

/** Starts MariaDB, s3rver and the twin; on any failure stops what already started and rethrows. */
export async function startStack(settings: TwinSettings, log: Log = () => undefined): Promise<Stack> {
  for (const [port, name] of [
    [settings.webPort, 'TWIN_WEB_PORT'],
    [settings.apiPort, 'TWIN_API_PORT'],
    [settings.controlPort, 'TWIN_CONTROL_PORT'],
  ] as const) {
    await assertPortFree(port, name);
  }
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => undefined);
    stops.length = 0;
  };
  try {
    await ensureTls(settings);
    // MariaDB and s3rver start side by side; whichever started is registered for stopping even if the other fails.
    const started = await Promise.allSettled([
      startMariaDb(settings, log).then((db) => stops.push(() => stopProcess(db))),
      startS3(settings).then((s3) => stops.push(() => s3.close())),
    ]);
    const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    const { startTwin } = await import('./server/main.ts');
    const twin = await startTwin(settings);
    stops.push(() => twin.close());
  } catch (err) {
    await stop();
    throw err;
  }
  return { settings, stop };
}
