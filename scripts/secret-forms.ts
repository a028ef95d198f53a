// The shapes a secret takes once it lands in an artifact: as typed, URL-encoded (query strings, form bodies),
// JSON- or HTML-escaped, and inside base64 (Basic auth headers, data: URLs, trace resources) at any of the three
// byte alignments a base64 stream can place it on. Pure: the scanner and the notifier share it.

export interface LabeledSecret {
  /** What the secret is, e.g. `admin password`: the only thing ever printed. */
  label: string;
  value: string;
}

/** Base64 of `secret` as it appears inside a longer base64 text, for each alignment; characters that depend on
 *  neighbouring bytes are dropped, so only characters fully determined by the secret remain. */
function base64Cores(secret: Buffer): string[] {
  const cores: string[] = [];
  for (let shift = 0; shift < 3; shift++) {
    const encoded = Buffer.concat([Buffer.alloc(shift), secret]).toString('base64');
    const firstBit = 8 * shift;
    const endBit = 8 * (shift + secret.length);
    const from = Math.ceil(firstBit / 6);
    const to = Math.floor(endBit / 6); // exclusive: char i covers bits [6i, 6i+6)
    cores.push(encoded.slice(from, to));
  }
  return cores;
}

// A core shorter than this matches too much unrelated base64 to mean anything.
const MIN_BASE64_CORE = 8;

export function secretForms(secret: string): { form: string; text: string }[] {
  const bytes = Buffer.from(secret, 'utf8');
  const base64 = base64Cores(bytes).filter((c) => c.length >= MIN_BASE64_CORE);
  const forms = [
    { form: 'plain', text: secret },
    { form: 'url-encoded', text: encodeURIComponent(secret) },
    { form: 'form-encoded', text: new URLSearchParams({ x: secret }).toString().slice(2) },
    { form: 'json-escaped', text: JSON.stringify(secret).slice(1, -1) },
    { form: 'html-escaped', text: secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;') },
    ...base64.map((text) => ({ form: 'base64', text })),
    ...base64.map((text) => ({ form: 'base64url', text: text.replace(/\+/g, '-').replace(/\//g, '_') })),
  ];
  const seen = new Set<string>();
  return forms.filter((f) => f.text.length > 0 && !seen.has(f.text) && seen.add(f.text));
}

export interface SecretHit {
  label: string;
  form: string;
}

/** Which secrets (by label and form) occur in `content`. */
export function findSecrets(content: Buffer | string, secrets: readonly LabeledSecret[]): SecretHit[] {
  const text = typeof content === 'string' ? content : content.toString('latin1');
  const hits: SecretHit[] = [];
  for (const s of secrets) {
    for (const f of secretForms(s.value)) {
      // latin1 maps bytes 1:1, so a UTF-8 secret is searched as the bytes it is stored as.
      const needle = typeof content === 'string' ? f.text : Buffer.from(f.text, 'utf8').toString('latin1');
      if (text.includes(needle)) {
        hits.push({ label: s.label, form: f.form });
        break;
      }
    }
  }
  return hits;
}

/** Every password the run derives (`Smk-` + 24 base64url characters, config/test-data.ts), whatever its purpose. */
export const DERIVED_PASSWORD_SHAPE = /Smk-[A-Za-z0-9_-]{24}(?![A-Za-z0-9_-])/;

export const REDACTED = '[redacted]';

/** `content` with every form of every secret, and every run-derived password, replaced by REDACTED. */
export function redactSecrets(content: Buffer, secrets: readonly LabeledSecret[]): Buffer {
  let text = content.toString('latin1');
  const original = text;
  for (const s of secrets) {
    for (const f of secretForms(s.value)) text = text.split(Buffer.from(f.text, 'utf8').toString('latin1')).join(REDACTED);
  }
  text = text.replace(new RegExp(DERIVED_PASSWORD_SHAPE.source, 'g'), REDACTED);
  return text === original ? content : Buffer.from(text, 'latin1');
}
