// env → one typed, validated config. Target: the local twin unless CMEP_APP_URL and CMEP_API_URL are both set.
// Every problem becomes ONE line `config: CMEP_X must be …` (conventions.md), printed before any browser starts,
// exit code 78. Messages never echo a value: some variables carry credentials.
import fs from 'node:fs';
import path from 'node:path';
import dotenv from 'dotenv';
import { z } from 'zod';
import { repoRoot, twinSettings, TwinSettingError, type TwinSettings } from './twin.ts';
import { parseResolveMap, type ResolveMap } from './resolve.ts';

export const EXIT_MISCONFIGURED = 78;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export interface S3Config {
  bucket: string;
  region: string;
  /** Only for S3-compatible servers (the twin's s3rver); null = AWS. */
  endpoint: string | null;
  /** Static credentials for the twin; null = the AWS SDK's default chain (env, profile, role). */
  credentials: { accessKeyId: string; secretAccessKey: string } | null;
}

export interface CmepConfig {
  target: 'twin' | 'remote';
  appUrl: string;
  apiUrl: string;
  admin: { email: string; password: string };
  cookieDomain: string;
  expectedVersion: string | null;
  dbUrl: string | null;
  s3: S3Config | null;
  resolve: ResolveMap;
  /** Extra CA (PEM path) trusted on top of the system roots; certificates are always verified. */
  caFile: string | null;
  /** HOME for Chromium whose NSS db trusts the twin CA; null for remote targets (system trust). */
  chromiumHome: string | null;
  allowWrites: boolean;
  smokeEmailDomain: string;
  /** Set by the run (playwright.config.ts) when not given; null only before that. */
  runId: string | null;
  signoff: boolean;
  /** The twin's settings when targeting it (control URL, seed), else null. */
  twin: TwinSettings | null;
}

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;

const originUrl = z.url({ protocol: /^https$/ }).refine((u) => {
  const parsed = new URL(u);
  return (parsed.pathname === '/' || parsed.pathname === '') && !parsed.search && !parsed.hash && !parsed.username;
});
const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

/** What each variable must be: the text after `must be` in its error line, and the schema that checks it. */
const rules = {
  CMEP_APP_URL: { expect: 'an https:// origin such as https://cmepdoc.com', schema: originUrl },
  CMEP_API_URL: { expect: 'an https:// origin such as https://api.cmepdoc.com', schema: originUrl },
  CMEP_ADMIN_EMAIL: { expect: 'an e-mail address such as admin@example.com', schema: z.email() },
  CMEP_ADMIN_PASSWORD: { expect: 'one line of text (the admin password)', schema: z.string().regex(/^[^\r\n]+$/) },
  CMEP_COOKIE_DOMAIN: {
    expect: 'a cookie domain such as .cmepdoc.com',
    schema: z.string().refine((d) => DOMAIN.test(d.replace(/^\./, ''))),
  },
  CMEP_EXPECTED_VERSION: { expect: 'a version without spaces such as 0.1.0', schema: z.string().regex(/^\S{1,64}$/) },
  CMEP_DB_URL: {
    expect: 'a mysql://user:password@host:port/database URL',
    schema: z.string().refine((u) => {
      if (!URL.canParse(u)) return false;
      const p = new URL(u);
      return p.protocol === 'mysql:' && !!p.username && !!p.hostname && /^\/[^/]+$/.test(p.pathname);
    }),
  },
  CMEP_S3_BUCKET: {
    expect: 'an S3 bucket name (3-63 lowercase letters, digits, dots or hyphens)',
    schema: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/),
  },
  CMEP_S3_REGION: { expect: 'an AWS region such as us-east-1', schema: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/) },
  CMEP_S3_ENDPOINT: { expect: 'an http(s):// URL of an S3-compatible server', schema: z.url({ protocol: /^https?$/ }) },
  CMEP_RESOLVE: {
    expect: 'host=ip pairs separated by commas, such as api.cmepdoc.com=203.0.113.10',
    schema: z.string().refine((t) => parseResolveMap(t) !== null),
  },
  CMEP_CA_FILE: {
    expect: 'the path of a readable PEM file holding at least one certificate',
    schema: z.string().refine((file) => {
      try {
        return fs.readFileSync(path.resolve(repoRoot, file), 'utf8').includes('-----BEGIN CERTIFICATE-----');
      } catch {
        return false;
      }
    }),
  },
  CMEP_ALLOW_WRITES: { expect: 'true or false', schema: bool },
  CMEP_SMOKE_EMAIL_DOMAIN: { expect: 'a domain name such as example.com', schema: z.string().regex(DOMAIN) },
  CMEP_RUN_ID: {
    expect: '4-20 lowercase letters, digits or dashes, such as k3x9a1-7f2c',
    schema: z.string().regex(/^[a-z0-9](?:[a-z0-9-]{2,18})[a-z0-9]$/),
  },
  CMEP_SIGNOFF: { expect: 'true or false', schema: bool },
} as const;

export type ConfigVariable = keyof typeof rules;
export const CONFIG_VARIABLES = Object.keys(rules) as ConfigVariable[];

type Parsed<K extends ConfigVariable> = z.output<(typeof rules)[K]['schema']>;

/** The variable's validated value, or undefined when unset/empty. */
function read<K extends ConfigVariable>(env: NodeJS.ProcessEnv, name: K): Parsed<K> | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const result = (rules[name].schema as unknown as z.ZodType<Parsed<K>>).safeParse(name === 'CMEP_ADMIN_PASSWORD' ? raw : raw.trim());
  if (!result.success) throw new ConfigError(`config: ${name} must be ${rules[name].expect}`);
  return result.data;
}

function required<K extends ConfigVariable>(env: NodeJS.ProcessEnv, name: K, why: string): Parsed<K> {
  const value = read(env, name);
  if (value === undefined) throw new ConfigError(`config: ${name} must be set ${why}`);
  return value;
}

const stripSlash = (u: string) => u.replace(/\/+$/, '');

/** Builds the config from an environment (pure apart from reading CMEP_CA_FILE); throws ConfigError. */
export function loadConfig(env: NodeJS.ProcessEnv): CmepConfig {
  const appUrl = read(env, 'CMEP_APP_URL');
  const apiUrl = read(env, 'CMEP_API_URL');
  if (appUrl && !apiUrl) throw new ConfigError('config: CMEP_API_URL must be set when CMEP_APP_URL is (set both for a remote target, neither for the twin)');
  if (apiUrl && !appUrl) throw new ConfigError('config: CMEP_APP_URL must be set when CMEP_API_URL is (set both for a remote target, neither for the twin)');

  let twin: TwinSettings | null = null;
  if (!appUrl) {
    try {
      twin = twinSettings(env);
    } catch (err) {
      if (err instanceof TwinSettingError) throw new ConfigError(`config: ${err.message}`);
      throw err;
    }
  }

  const resolveOverrides = read(env, 'CMEP_RESOLVE') ? parseResolveMap(env.CMEP_RESOLVE!)! : new Map<string, string>();
  const s3Bucket = read(env, 'CMEP_S3_BUCKET');
  const s3Region = read(env, 'CMEP_S3_REGION');
  const s3Endpoint = read(env, 'CMEP_S3_ENDPOINT');
  if (!s3Bucket && (s3Region || s3Endpoint)) {
    throw new ConfigError('config: CMEP_S3_BUCKET must be set when CMEP_S3_REGION or CMEP_S3_ENDPOINT is set');
  }
  const caFile = read(env, 'CMEP_CA_FILE') ? path.resolve(repoRoot, env.CMEP_CA_FILE!.trim()) : null;
  const common = {
    // The twin's version is known, so a twin run always checks it; a remote target checks it when told.
    expectedVersion: read(env, 'CMEP_EXPECTED_VERSION') ?? twin?.version ?? null,
    smokeEmailDomain: read(env, 'CMEP_SMOKE_EMAIL_DOMAIN') ?? 'example.com',
    runId: read(env, 'CMEP_RUN_ID') ?? null,
    signoff: read(env, 'CMEP_SIGNOFF') ?? false,
  };
  const allowWrites = read(env, 'CMEP_ALLOW_WRITES');

  if (twin) {
    const hosts = [new URL(twin.appUrl).hostname, new URL(twin.apiUrl).hostname];
    return {
      target: 'twin',
      appUrl: twin.appUrl,
      apiUrl: twin.apiUrl,
      admin: {
        email: read(env, 'CMEP_ADMIN_EMAIL') ?? twin.admin.email,
        password: read(env, 'CMEP_ADMIN_PASSWORD') ?? twin.admin.password,
      },
      cookieDomain: read(env, 'CMEP_COOKIE_DOMAIN') ?? twin.cookieDomain,
      dbUrl:
        read(env, 'CMEP_DB_URL') ??
        `mysql://${twin.db.readonlyUser}:${encodeURIComponent(twin.db.readonlyPassword)}@127.0.0.1:${twin.dbPort}/${twin.db.database}`,
      s3: s3Bucket
        ? { bucket: s3Bucket, region: s3Region ?? 'us-east-1', endpoint: s3Endpoint ?? null, credentials: null }
        : {
            bucket: twin.s3.bucket,
            region: twin.s3.region,
            endpoint: twin.s3.endpoint,
            credentials: { accessKeyId: twin.s3.accessKeyId, secretAccessKey: twin.s3.secretAccessKey },
          },
      resolve: new Map([...hosts.map((h): [string, string] => [h, '127.0.0.1']), ...resolveOverrides]),
      caFile: caFile ?? twin.tls.ca,
      chromiumHome: twin.tls.chromiumHome,
      // The twin is local and disposable: writes are always allowed there.
      allowWrites: allowWrites ?? true,
      twin,
      ...common,
    };
  }

  const remoteApp = stripSlash(appUrl!);
  const remoteApi = stripSlash(apiUrl!);
  return {
    target: 'remote',
    appUrl: remoteApp,
    apiUrl: remoteApi,
    admin: {
      email: required(env, 'CMEP_ADMIN_EMAIL', "to the admin's login e-mail for a remote target"),
      password: required(env, 'CMEP_ADMIN_PASSWORD', "to the admin's password for a remote target"),
    },
    cookieDomain: read(env, 'CMEP_COOKIE_DOMAIN') ?? `.${new URL(remoteApp).hostname.replace(/^www\./, '')}`,
    dbUrl: read(env, 'CMEP_DB_URL') ?? null,
    s3: s3Bucket ? { bucket: s3Bucket, region: s3Region ?? 'us-east-1', endpoint: s3Endpoint ?? null, credentials: null } : null,
    resolve: resolveOverrides,
    caFile,
    chromiumHome: null,
    allowWrites: allowWrites ?? false,
    twin: null,
    ...common,
  };
}

/** Reads `.env` at the repo root (real environment wins), then validates. */
export function loadConfigFromEnvironment(): CmepConfig {
  dotenv.config({ path: path.join(repoRoot, '.env'), quiet: true });
  return loadConfig(process.env);
}

/** Prints a ConfigError's one line and exits 78; anything else is rethrown (a harness bug, not a setting). */
export function exitOnConfigError(err: unknown): never {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(EXIT_MISCONFIGURED);
  }
  throw err;
}

/** The config for code running inside the test run (workers, scripts): validated, with the run id in place. */
export function runConfig(): CmepConfig {
  try {
    return loadConfigFromEnvironment();
  } catch (err) {
    exitOnConfigError(err);
  }
}

export { type ResolveMap } from './resolve.ts';
