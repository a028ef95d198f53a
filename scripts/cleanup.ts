// `npm run cleanup [-- --dry-run] [--min-age-minutes=N]`: the backstop for crashed runs. Finds records tagged
// by earlier runs (solicitudes whose cliente carries `SMOKE-<runId>`, throw-away users `smoke+<runId>-…@`),
// deletes those solicitudes as admin and suspends those users. The reusable staff are never touched, and runs
// younger than --min-age-minutes (default 60) are left to their own disposers, so it is safe at any time.
import { CmepApi, login, type SolicitudListItem } from '../api/index.ts';
import { exitOnConfigError, loadConfigFromEnvironment } from '../config/index.ts';
import { selectLeftovers } from '../fixtures/sweep.ts';

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const minAgeArg = args.find((a) => a.startsWith('--min-age-minutes='));
const minAgeMinutes = minAgeArg ? Number(minAgeArg.split('=')[1]) : 60;
if (!Number.isFinite(minAgeMinutes) || minAgeMinutes < 0) {
  console.error('cleanup: --min-age-minutes must be a number ≥ 0');
  process.exit(78);
}

let config;
try {
  config = loadConfigFromEnvironment();
} catch (err) {
  exitOnConfigError(err);
}

/** Every solicitud the server's search finds for the tag prefix (case-insensitive; selection narrows it). */
async function taggedSolicitudes(api: CmepApi): Promise<SolicitudListItem[]> {
  const found: SolicitudListItem[] = [];
  for (let page = 1; ; page++) {
    const { data, meta } = await api.solicitudes.list({ q: 'SMOKE-', page, page_size: 100 });
    found.push(...data.items);
    if (page * meta.page_size >= meta.total || data.items.length === 0) return found;
  }
}

const { api: admin } = await login(config, config.admin.email, config.admin.password);
const plan = selectLeftovers(await taggedSolicitudes(admin), await admin.usuarios.list(), {
  now: Date.now(),
  minAgeMs: minAgeMinutes * 60_000,
});

const verb = dryRun ? 'would' : 'did';
console.log(`cleanup (${config.appUrl}${dryRun ? ', dry run' : ''}): ${plan.solicitudes.length} tagged solicitud(es), ${plan.users.length} throw-away user(s) older than ${minAgeMinutes} min`);
let failures = 0;
for (const s of plan.solicitudes) {
  try {
    if (!dryRun) await admin.solicitudes.delete(s.solicitud_id);
    console.log(`  ${verb} delete solicitud ${s.codigo} (${s.cliente.nombre})`);
  } catch (err) {
    failures++;
    console.error(`  could not delete solicitud ${s.codigo}: ${(err as Error).message}`);
  }
}
for (const u of plan.users) {
  try {
    if (!dryRun) await admin.usuarios.suspend(u.user_id);
    console.log(`  ${verb} suspend user ${u.user_email}`);
  } catch (err) {
    failures++;
    console.error(`  could not suspend user ${u.user_email}: ${(err as Error).message}`);
  }
}
await admin.auth.logout();
process.exit(failures ? 1 : 0);
