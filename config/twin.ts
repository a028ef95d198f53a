// The twin's settings: the one module that the twin (which serves them) and the harness (which targets them)
// both read, so that a port or a seed credential is defined exactly once.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Every process of the harness and the twin reads this module first. The AWS SDK's notice that its 2027 releases
// need Node 22 is not about this run (the SDK version is locked) and would bury the reports' console output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const stateDir = path.join(repoRoot, '.state');

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 65535) {
    throw new TwinSettingError(`${name} must be a TCP port number (1-65535), got "${raw}"`);
  }
  return n;
}

export class TwinSettingError extends Error {}

export interface TwinSettings {
  /** What /version answers: the APP_VERSION of the prod deployment the twin mirrors. */
  version: string;
  domain: string;
  webPort: number;
  apiPort: number;
  controlPort: number;
  dbPort: number;
  s3Port: number;
  appUrl: string;
  apiUrl: string;
  controlUrl: string;
  cookieDomain: string;
  admin: { email: string; password: string };
  db: { database: string; user: string; password: string; readonlyUser: string; readonlyPassword: string };
  s3: { bucket: string; region: string; endpoint: string; accessKeyId: string; secretAccessKey: string };
  /** `wrongNameCert`: the same key certified for another host name, served by the `tls-wrong-name` fault. */
  tls: { dir: string; ca: string; cert: string; key: string; wrongNameCert: string; chromiumHome: string };
  faults: string[];
}

export function twinSettings(env: NodeJS.ProcessEnv = process.env): TwinSettings {
  const domain = env.TWIN_DOMAIN || 'cmep.test';
  const webPort = port(env, 'TWIN_WEB_PORT', 8443);
  const apiPort = port(env, 'TWIN_API_PORT', 8444);
  const controlPort = port(env, 'TWIN_CONTROL_PORT', 8445);
  const dbPort = port(env, 'TWIN_DB_PORT', 3307);
  const s3Port = port(env, 'TWIN_S3_PORT', 4569);
  const tlsDir = path.join(stateDir, 'tls');
  return {
    version: '0.1.0',
    domain,
    webPort,
    apiPort,
    controlPort,
    dbPort,
    s3Port,
    appUrl: `https://${domain}:${webPort}`,
    apiUrl: `https://api.${domain}:${apiPort}`,
    controlUrl: `http://127.0.0.1:${controlPort}`,
    cookieDomain: `.${domain}`,
    admin: {
      email: env.TWIN_ADMIN_EMAIL || 'admin@cmep.test',
      password: env.TWIN_ADMIN_PASSWORD || 'twin-admin-1234',
    },
    db: {
      database: 'cmep_twin',
      user: 'cmep_user',
      password: env.TWIN_DB_PASSWORD || 'twin-db-pass',
      readonlyUser: 'cmep_smoke_ro',
      readonlyPassword: env.TWIN_DB_RO_PASSWORD || 'twin-ro-pass',
    },
    s3: {
      bucket: 'cmep-archivos-twin',
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${s3Port}`,
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
    },
    tls: {
      dir: tlsDir,
      ca: path.join(tlsDir, 'ca.pem'),
      cert: path.join(tlsDir, 'server.pem'),
      key: path.join(tlsDir, 'server.key'),
      wrongNameCert: path.join(tlsDir, 'wrong-name.pem'),
      chromiumHome: path.join(tlsDir, 'chromium-home'),
    },
    faults: (env.TWIN_FAULTS || '').split(',').map((f) => f.trim()).filter(Boolean),
  };
}
