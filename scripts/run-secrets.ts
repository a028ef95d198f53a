// Every secret a run knows, labelled: the configured admin password, the database password in CMEP_DB_URL, the
// notification webhook URL, the twin's seed and database passwords, and each password the run derived from its id.
// The values stay in memory; only labels are ever printed.
import { loadConfigFromEnvironment } from '../config/index.ts';
import { derivePassword, PASSWORD_PURPOSES } from '../config/test-data.ts';
import { twinSettings } from '../config/twin.ts';
import type { LabeledSecret } from './secret-forms.ts';

function dbPassword(dbUrl: string | null): string | null {
  if (!dbUrl) return null;
  const password = decodeURIComponent(new URL(dbUrl).password);
  return password || null;
}

/** `runId`: the run whose derived passwords to include (from CMEP_RUN_ID or the sign-off summary). */
export function runSecrets(runId: string | null): LabeledSecret[] {
  const config = loadConfigFromEnvironment();
  const twin = twinSettings(process.env);
  const candidates: (LabeledSecret | null)[] = [
    { label: 'admin password (CMEP_ADMIN_PASSWORD or the twin seed)', value: config.admin.password },
    { label: 'twin seed admin password', value: twin.admin.password },
    { label: 'twin database password', value: twin.db.password },
    { label: 'twin read-only database password', value: twin.db.readonlyPassword },
    ((p) => (p ? { label: 'database password in CMEP_DB_URL', value: p } : null))(dbPassword(config.dbUrl)),
    // A Slack-style webhook URL is itself a credential: whoever has it can post to the channel.
    process.env.SMOKE_WEBHOOK_URL ? { label: 'the notification webhook URL (SMOKE_WEBHOOK_URL)', value: process.env.SMOKE_WEBHOOK_URL } : null,
    ...(runId
      ? PASSWORD_PURPOSES.map((purpose) => ({
          label: `run password "${purpose}" of run ${runId}`,
          value: derivePassword(runId, config.admin.password, purpose),
        }))
      : []),
  ];
  const unique = new Map<string, LabeledSecret>();
  for (const c of candidates) if (c && !unique.has(c.value)) unique.set(c.value, c);
  return [...unique.values()];
}
