#!/usr/bin/env node
// Runs the pinned pnpm (package.json "packageManager") whether or not pnpm is installed:
// a fresh machine with only Node 20 and npm gets it through npx. corepack is not used (its
// signature check fails on some machines).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];
const args = process.argv.slice(2);

function installedPnpmVersion() {
  const r = spawnSync('pnpm', ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' });
  return r.status === 0 ? r.stdout.trim() : null;
}

const have = installedPnpmVersion();
const [cmd, cmdArgs] = have && have.split('.')[0] === pinned.split('.')[0] ? ['pnpm', args] : ['npx', ['--yes', `pnpm@${pinned}`, ...args]];
const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', cwd: root, shell: process.platform === 'win32' });
process.exit(r.status ?? 1);
