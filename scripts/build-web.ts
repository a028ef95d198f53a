// Builds the twin's SPA when its build is missing, older than its sources, or made for another API URL
// (the URL is baked in at build time, as the real app's VITE_API_URL is).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot, twinSettings } from '../config/twin.ts';

const webDir = path.join(repoRoot, 'twin/web');
const distDir = path.join(webDir, 'dist');
const stampFile = path.join(distDir, '.api-url');

function newestSourceMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

const apiUrl = twinSettings().apiUrl;
const built = fs.existsSync(stampFile) ? fs.statSync(stampFile).mtimeMs : 0;
const fresh = built > newestSourceMtime(webDir) && fs.readFileSync(stampFile, 'utf8') === apiUrl;
if (!fresh) {
  process.stderr.write(`setup: building the twin SPA for ${apiUrl}…\n`);
  execFileSync(path.join(repoRoot, 'node_modules/.bin/vite'), ['build', '--config', 'twin/web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: repoRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, VITE_API_URL: apiUrl },
  });
  fs.writeFileSync(stampFile, apiUrl);
}
