// Copies the attachments the sign-off links (screenshots; traces of failed attempts) into reports/signoff/files/,
// so the sign-off folder can be archived alone and its links stay relative. Files are named by content hash: the
// attachment's own name is shown as link text only, and two projects' screenshots cannot overwrite each other.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { TestResult } from '@playwright/test/reporter';
import type { LinkedAttachment } from './signoff-model.ts';

const FILES_DIR = 'files';

function isImage(contentType: string): boolean {
  return contentType.startsWith('image/');
}

function isTrace(a: { name: string; contentType: string }): boolean {
  return a.name === 'trace' && a.contentType === 'application/zip';
}

function extensionOf(contentType: string, sourcePath: string | undefined): string {
  const fromPath = sourcePath ? path.extname(sourcePath) : '';
  if (fromPath) return fromPath;
  return isImage(contentType) ? `.${contentType.slice('image/'.length).replace(/[^a-z0-9]/g, '')}` : '.bin';
}

/** Attachments of the given attempts worth linking from the sign-off, copied under `outputDir/files/`. */
export function copyAttachments(results: readonly TestResult[], outputDir: string): LinkedAttachment[] {
  const linked: LinkedAttachment[] = [];
  const last = results[results.length - 1];
  for (const result of results) {
    const failed = result.status !== 'passed' && result.status !== 'skipped';
    for (const a of result.attachments) {
      const wanted = (result === last && isImage(a.contentType)) || (failed && isTrace(a));
      if (!wanted) continue;
      const bytes = a.body ?? (a.path && fs.existsSync(a.path) ? fs.readFileSync(a.path) : null);
      if (!bytes) continue;
      const name = `${crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16)}${extensionOf(a.contentType, a.path)}`;
      fs.mkdirSync(path.join(outputDir, FILES_DIR), { recursive: true });
      fs.writeFileSync(path.join(outputDir, FILES_DIR, name), bytes);
      const attempt = results.length > 1 ? ` (attempt ${result.retry + 1})` : '';
      linked.push({ name: `${a.name}${attempt}`, contentType: a.contentType, href: `${FILES_DIR}/${name}` });
    }
  }
  return linked;
}
