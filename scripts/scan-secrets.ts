// Searches every artifact of a run for every secret the run knows and fails on a hit, naming the file (and the
// entry inside an archive) and the secret's label, never the secret.
//   npx tsx scripts/scan-secrets.ts [--run-id <id>] [path …]
// Default paths: playwright-report/ test-results/ reports/ blob-report/ all-blob-reports/ (whichever exist).
// Looks inside zips (traces, blob reports) and inside the HTML report's embedded data, and at every file name.
// Exit codes: 0 clean; 70 a secret was found (the harness broke its promise); 78 nothing to scan / no secrets.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { exitOnConfigError } from '../config/index.ts';
import { runSecrets } from './run-secrets.ts';
import { DERIVED_PASSWORD_SHAPE, findSecrets, type LabeledSecret, type SecretHit } from './secret-forms.ts';
import { embeddedZips, isZip, zipEntries } from './zip-entries.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_ARTIFACT_PATHS = ['playwright-report', 'test-results', 'reports', 'blob-report', 'all-blob-reports'];
const EXIT_LEAK = 70;
const EXIT_MISCONFIGURED = 78;

export interface Finding {
  /** File path, then `!entry` for each archive level. */
  where: string;
  hit: SecretHit;
}

function searchBytes(where: string, bytes: Buffer, secrets: readonly LabeledSecret[], findings: Finding[]): void {
  for (const hit of findSecrets(where, secrets)) findings.push({ where, hit: { ...hit, form: `${hit.form}, in the file name` } });
  for (const hit of findSecrets(bytes, secrets)) findings.push({ where, hit });
  if (DERIVED_PASSWORD_SHAPE.test(bytes.toString('latin1'))) {
    findings.push({ where, hit: { label: 'a run-derived password (Smk-… shape)', form: 'plain' } });
  }
  if (isZip(bytes)) {
    for (const entry of zipEntries(bytes)) searchBytes(`${where}!${entry.name}`, entry.data, secrets, findings);
  }
  if (where.endsWith('.html')) {
    embeddedZips(bytes.toString('utf8')).forEach((zip, i) => searchBytes(`${where}!embedded-zip-${i}`, zip, secrets, findings));
  }
}

function filesUnder(target: string): string[] {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return [target];
  return fs.readdirSync(target, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name));
}

/** Every finding in the given files and folders. */
export function scanPaths(paths: readonly string[], secrets: readonly LabeledSecret[]): Finding[] {
  const findings: Finding[] = [];
  for (const file of paths.flatMap(filesUnder)) {
    searchBytes(path.relative(process.cwd(), file), fs.readFileSync(file), secrets, findings);
  }
  return findings;
}

/** The run whose derived passwords to look for: --run-id, CMEP_RUN_ID, or the sign-off summary of the last run. */
function runIdFrom(argRunId: string | undefined): string | null {
  if (argRunId) return argRunId;
  if (process.env.CMEP_RUN_ID) return process.env.CMEP_RUN_ID;
  const summary = path.join(repoRoot, 'reports/signoff/summary.json');
  if (!fs.existsSync(summary)) return null;
  const runId = (JSON.parse(fs.readFileSync(summary, 'utf8')) as { environment?: { runId?: string } }).environment?.runId;
  return runId && runId !== 'unknown' ? runId : null;
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({ args: argv, options: { 'run-id': { type: 'string' } }, allowPositionals: true });
  const wanted = positionals.length ? positionals : DEFAULT_ARTIFACT_PATHS.map((p) => path.join(repoRoot, p));
  const paths = wanted.filter((p) => fs.existsSync(p));
  if (paths.length === 0) {
    process.stderr.write('scan-secrets: no artifact to scan (run the suite first, or name the folders)\n');
    return EXIT_MISCONFIGURED;
  }
  let secrets: LabeledSecret[];
  try {
    secrets = runSecrets(runIdFrom(values['run-id']));
  } catch (err) {
    exitOnConfigError(err);
  }
  const findings = scanPaths(paths, secrets);
  for (const f of findings) process.stderr.write(`scan-secrets: ${f.where}: ${f.hit.label} (${f.hit.form})\n`);
  const derived = secrets.filter((s) => s.label.startsWith('run password')).length;
  process.stdout.write(
    `scan-secrets: ${findings.length ? `${findings.length} finding(s)` : 'clean'} — ${secrets.length} secrets (${derived} derived) ` +
      `searched in ${paths.map((p) => path.relative(process.cwd(), p) || '.').join(', ')}\n`,
  );
  return findings.length ? EXIT_LEAK : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
