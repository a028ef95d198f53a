// The secret scanner on planted artifacts: a password hidden in each way an artifact can carry it is found and
// named by label only; a clean folder passes. The CLI's exit codes are checked on real processes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { expect, test } from '@playwright/test';
import { PASSWORD_PURPOSES } from '../../config/test-data.ts';
import { scanPaths } from '../../scripts/scan-secrets.ts';
import { findSecrets, secretForms } from '../../scripts/secret-forms.ts';

// Quotes, an angle bracket, a space, a slash, a plus and a non-ASCII letter: every encoding differs from plain.
const SECRET = { label: 'admin password', value: 'S3cret "pass"/<word>+é' };

/** A one-entry zip, deflated like Playwright's traces. */
function zipOf(name: string, content: Buffer): Buffer {
  const data = zlib.deflateRawSync(content);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(zlib.crc32(content), 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(zlib.crc32(content), 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const centralAt = local.length + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralAt, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

function plant(dir: string, files: Record<string, string | Buffer>): string {
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

test('every form of a planted password is found, each named by file and label', () => {
  const b64 = (prefix: string) => Buffer.from(prefix + SECRET.value).toString('base64');
  const dir = plant(test.info().outputPath('leaky'), {
    'reports/junit.xml': `<failure>fill "${SECRET.value}"</failure>`,
    'reports/request.log': `POST /login body=${encodeURIComponent(SECRET.value)}`,
    'reports/summary.json': JSON.stringify({ e: `"${SECRET.value}"` }),
    'test-results/auth.txt': `Authorization: Basic ${b64('admin@cmep.test:')}`,
    'test-results/shifted.txt': `x ${b64('ab')} y`,
    'test-results/a/trace.zip': zipOf('test.trace', Buffer.from(`{"params":{"value":"${SECRET.value}"}}`)),
    'blob-report/report.zip': zipOf('resources/trace.zip', zipOf('0-trace.network', Buffer.from(`password=${SECRET.value}`))),
    'playwright-report/index.html': `<script>data:application/zip;base64,${zipOf('report.json', Buffer.from(SECRET.value)).toString('base64')}</script>`,
    [`test-results/shot-${encodeURIComponent(SECRET.value)}.png`]: 'png',
    'reports/console/derived.log': 'reset staff password to Smk-abcdefghijklmnopqrstuvwx done',
  });
  const findings = scanPaths([dir], [SECRET]).map((f) => `${path.relative(dir, path.resolve(f.where))}: ${f.hit.label} (${f.hit.form})`);
  expect(findings.sort()).toEqual(
    [
      'blob-report/report.zip!resources/trace.zip!0-trace.network: admin password (plain)',
      'playwright-report/index.html!embedded-zip-0!report.json: admin password (plain)',
      'reports/console/derived.log: a run-derived password (Smk-… shape) (plain)',
      'reports/junit.xml: admin password (plain)',
      'reports/request.log: admin password (url-encoded)',
      'reports/summary.json: admin password (json-escaped)',
      'test-results/a/trace.zip!test.trace: admin password (plain)',
      'test-results/auth.txt: admin password (base64)',
      'test-results/shifted.txt: admin password (base64)',
      `test-results/shot-${encodeURIComponent(SECRET.value)}.png: admin password (url-encoded, in the file name)`,
    ].sort(),
  );
});

test('a clean artifact folder has no finding, and near-misses do not count', () => {
  const dir = plant(test.info().outputPath('clean'), {
    'reports/junit.xml': '<testcase name="admin login"/>',
    'test-results/a/trace.zip': zipOf('test.trace', Buffer.from('{"params":{"value":"S3cret \\"pass\\"/<wor"}}')),
    'reports/console/run.log': 'Smk-short and passwords never printed',
  });
  expect(scanPaths([dir], [SECRET])).toEqual([]);
  expect(findSecrets('', [SECRET])).toEqual([]);
  expect(secretForms(SECRET.value).map((f) => f.form)).toEqual(
    expect.arrayContaining(['plain', 'url-encoded', 'form-encoded', 'json-escaped', 'html-escaped', 'base64', 'base64url']),
  );
});

test('the CLI exits 70 naming the label but never the secret, 0 when clean, 78 with nothing to scan', () => {
  const leaky = plant(test.info().outputPath('cli-leaky'), { 'reports/junit.xml': 'password twin-admin-1234 typed' });
  const clean = plant(test.info().outputPath('cli-clean'), { 'reports/junit.xml': '<ok/>' });
  const env: NodeJS.ProcessEnv = { ...process.env, CMEP_RUN_ID: 'selftest-0001' };
  for (const key of ['CMEP_APP_URL', 'CMEP_API_URL', 'CMEP_ADMIN_PASSWORD', 'TWIN_ADMIN_PASSWORD']) delete env[key];
  const scan = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/scan-secrets.ts', ...args], { env, encoding: 'utf8' });

  const hit = scan(leaky);
  expect(hit.status, hit.stderr).toBe(70);
  expect(hit.stderr).toContain('reports/junit.xml: admin password');
  expect(hit.stderr + hit.stdout).not.toContain('twin-admin-1234');

  const miss = scan(clean);
  expect(miss.status, miss.stderr).toBe(0);
  expect(miss.stdout).toMatch(new RegExp(`clean — \\d+ secrets \\(${PASSWORD_PURPOSES.length} derived\\)`));

  expect(scan(test.info().outputPath('missing')).status).toBe(78);
});
