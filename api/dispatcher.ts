// The undici Dispatcher every API call goes through: certificates always verified (system roots plus the
// configured CA, e.g. the twin's), and host names answered from the CMEP_RESOLVE map first.
import fs from 'node:fs';
import tls from 'node:tls';
import { Agent } from 'undici';
import type { CmepConfig } from '../config/index.ts';
import { lookupWithOverrides } from '../config/resolve.ts';

/** Thrown when the configured CA file cannot be read, e.g. the twin was never started. */
export class CaUnavailableError extends Error {}

/** PEM bundle to trust, or undefined for the system roots only. Node's `ca` replaces the roots, so add them back. */
export function trustedCas(config: Pick<CmepConfig, 'caFile' | 'target'>): string[] | undefined {
  if (!config.caFile) return undefined;
  let extra: string;
  try {
    extra = fs.readFileSync(config.caFile, 'utf8');
  } catch {
    throw new CaUnavailableError(
      config.target === 'twin'
        ? `the twin's CA (${config.caFile}) does not exist: start the twin with \`npm run twin\``
        : `cannot read CMEP_CA_FILE (${config.caFile})`,
    );
  }
  return [...tls.rootCertificates, extra];
}

export function createDispatcher(config: Pick<CmepConfig, 'caFile' | 'target' | 'resolve'>): Agent {
  return new Agent({
    connect: {
      ca: trustedCas(config),
      rejectUnauthorized: true,
      lookup: lookupWithOverrides(config.resolve),
      // Fail fast on an unreachable host: preflight must report it within seconds, not minutes.
      timeout: 5_000,
    },
    headersTimeout: 15_000,
    bodyTimeout: 30_000,
  });
}
