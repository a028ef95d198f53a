// Config validation: every variable, missing and malformed, gives its exact one-line message; the Playwright
// config turns it into exit code 78 before any browser starts.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ConfigError, loadConfig } from '../../config/index.ts';
import { repoRoot } from '../../config/twin.ts';

const remote = {
  CMEP_APP_URL: 'https://cmepdoc.example',
  CMEP_API_URL: 'https://api.cmepdoc.example',
  CMEP_ADMIN_EMAIL: 'admin@cmepdoc.example',
  CMEP_ADMIN_PASSWORD: 'placeholder-not-a-secret',
};

function messageFor(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a ConfigError');
}

const malformed: [string, string, string][] = [
  ['CMEP_APP_URL', 'http://cmepdoc.example', 'an https:// origin such as https://cmepdoc.com'],
  ['CMEP_API_URL', 'https://api.cmepdoc.example/v1', 'an https:// origin such as https://api.cmepdoc.com'],
  ['CMEP_ADMIN_EMAIL', 'not-an-email', 'an e-mail address such as admin@example.com'],
  ['CMEP_ADMIN_PASSWORD', 'two\nlines', 'one line of text (the admin password)'],
  ['CMEP_COOKIE_DOMAIN', '.bad domain', 'a cookie domain such as .cmepdoc.com'],
  ['CMEP_EXPECTED_VERSION', '0.1 beta', 'a version without spaces such as 0.1.0'],
  ['CMEP_DB_URL', 'postgres://u:p@h:5432/db', 'a mysql://user:password@host:port/database URL'],
  ['CMEP_S3_BUCKET', 'Bad_Bucket', 'an S3 bucket name (3-63 lowercase letters, digits, dots or hyphens)'],
  ['CMEP_S3_REGION', 'useast', 'an AWS region such as us-east-1'],
  ['CMEP_S3_ENDPOINT', 'ftp://s3.example', 'an http(s):// URL of an S3-compatible server'],
  ['CMEP_RESOLVE', 'api.cmepdoc.example:203.0.113.10', 'host=ip pairs separated by commas, such as api.cmepdoc.com=203.0.113.10'],
  ['CMEP_CA_FILE', 'does/not/exist.pem', 'the path of a readable PEM file holding at least one certificate'],
  ['CMEP_ALLOW_WRITES', 'yes', 'true or false'],
  ['CMEP_SMOKE_EMAIL_DOMAIN', 'example', 'a domain name such as example.com'],
  ['CMEP_RUN_ID', 'Run ID!', '4-20 lowercase letters, digits or dashes, such as k3x9a1-7f2c'],
  ['CMEP_SIGNOFF', 'on', 'true or false'],
];

for (const [name, value, expected] of malformed) {
  test(`${name} malformed → its message`, () => {
    const env = { ...remote, ...(name === 'CMEP_S3_REGION' || name === 'CMEP_S3_ENDPOINT' ? { CMEP_S3_BUCKET: 'cmep-files' } : {}), [name]: value };
    expect(messageFor(env)).toBe(`config: ${name} must be ${expected}`);
  });
}

test('the message never echoes the value (variables may carry credentials)', () => {
  expect(messageFor({ ...remote, CMEP_DB_URL: 'postgres://user:hunter2-secret@h/db' })).not.toContain('hunter2');
});

const missing: [NodeJS.ProcessEnv, string][] = [
  [{ CMEP_APP_URL: remote.CMEP_APP_URL }, 'config: CMEP_API_URL must be set when CMEP_APP_URL is (set both for a remote target, neither for the twin)'],
  [{ CMEP_API_URL: remote.CMEP_API_URL }, 'config: CMEP_APP_URL must be set when CMEP_API_URL is (set both for a remote target, neither for the twin)'],
  [{ ...remote, CMEP_ADMIN_EMAIL: '' }, "config: CMEP_ADMIN_EMAIL must be set to the admin's login e-mail for a remote target"],
  [{ ...remote, CMEP_ADMIN_PASSWORD: undefined }, "config: CMEP_ADMIN_PASSWORD must be set to the admin's password for a remote target"],
  [{ ...remote, CMEP_S3_REGION: 'us-east-1' }, 'config: CMEP_S3_BUCKET must be set when CMEP_S3_REGION or CMEP_S3_ENDPOINT is set'],
  [{ TWIN_API_PORT: '99999' }, 'config: TWIN_API_PORT must be a TCP port number (1-65535), got "99999"'],
];

for (const [env, expected] of missing) {
  test(`missing → ${expected.split(' must')[0]}`, () => {
    expect(messageFor(env)).toBe(expected);
  });
}

test('no URLs → the twin with its seed, CA, resolve map, read-only DB, S3 and writes allowed', () => {
  const config = loadConfig({});
  expect(config.target).toBe('twin');
  expect(config.appUrl).toBe('https://cmep.test:8443');
  expect(config.apiUrl).toBe('https://api.cmep.test:8444');
  expect([...config.resolve]).toEqual([
    ['cmep.test', '127.0.0.1'],
    ['api.cmep.test', '127.0.0.1'],
  ]);
  expect(config.dbUrl).toMatch(/^mysql:\/\/cmep_smoke_ro:[^@]+@127\.0\.0\.1:3307\/cmep_twin$/);
  expect(config.s3).toMatchObject({ bucket: 'cmep-archivos-twin', endpoint: 'http://127.0.0.1:4569' });
  expect(config.caFile).toBe(path.join(repoRoot, '.state/tls/ca.pem'));
  expect(config.cookieDomain).toBe('.cmep.test');
  expect(config.allowWrites).toBe(true);
});

test('a remote target: strict defaults, cookie domain from the app host without www.', () => {
  const config = loadConfig({ ...remote, CMEP_APP_URL: 'https://www.cmepdoc.example/' });
  expect(config).toMatchObject({
    target: 'remote',
    appUrl: 'https://www.cmepdoc.example',
    cookieDomain: '.cmepdoc.example',
    allowWrites: false,
    dbUrl: null,
    s3: null,
    caFile: null,
    chromiumHome: null,
  });
  expect(config.resolve.size).toBe(0);
});

test('a bad setting stops `playwright test` with one line on stderr and exit code 78', () => {
  const result = spawnSync(path.join(repoRoot, 'node_modules/.bin/playwright'), ['test', '--list'], {
    cwd: repoRoot,
    env: { ...process.env, CMEP_APP_URL: remote.CMEP_APP_URL, CMEP_API_URL: '', CMEP_RUN_ID: '' },
    encoding: 'utf8',
  });
  expect(result.status).toBe(78);
  expect(result.stderr.trim()).toBe('config: CMEP_API_URL must be set when CMEP_APP_URL is (set both for a remote target, neither for the twin)');
});
