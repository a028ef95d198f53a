// `npm run twin`: the twin's whole stack in the foreground until Ctrl-C or SIGTERM, which stop all of it.
import { twinSettings } from '../config/twin.ts';
import { startStack } from '../twin/stack.ts';

const settings = twinSettings();
const started = Date.now();
let stack;
try {
  stack = await startStack(settings, (line) => console.log(line));
} catch (err) {
  console.error(`twin: ${(err as Error).message}`);
  process.exit(78);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`twin: up in ${seconds} s
  SPA       ${settings.appUrl}/login   (admin ${settings.admin.email}; password: TWIN_ADMIN_PASSWORD or the documented twin default)
  API       ${settings.apiUrl}/health
  control   ${settings.controlUrl}/faults   (loopback only)
  MariaDB   127.0.0.1:${settings.dbPort} database ${settings.db.database}
  S3        ${settings.s3.endpoint} bucket ${settings.s3.bucket}
  In a browser, map the two names to 127.0.0.1, e.g.:
    chromium --host-resolver-rules="MAP ${settings.domain} 127.0.0.1, MAP api.${settings.domain} 127.0.0.1" ${settings.appUrl}
  and trust ${settings.tls.ca}.
Ctrl-C stops everything.`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.log('twin: stopping…');
    await stack.stop();
    console.log('twin: stopped');
    process.exit(0);
  });
}
