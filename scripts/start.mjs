#!/usr/bin/env node
// `npm start`: install, build, then run the server with the playground and introspection on
// (main.js --explore), in one Node process rather than a chain of shells and package managers, so
// that Ctrl-C (SIGINT) or SIGTERM reaches the server, which drains and exits 0, and npm reports no
// ELIFECYCLE error. Works the same on Windows (no shell syntax).
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pnpm = join(root, 'scripts', 'pnpm.mjs');

// Until the server runs, a signal ends the step that is running (it reaches it directly from the
// terminal); this process only reports it. Afterwards it is passed on to the server.
let child = null;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (child && child.exitCode === null) child.kill(signal);
  });
}

for (const args of [
  ['install', '--frozen-lockfile'],
  ['run', 'build'],
]) {
  const step = spawnSync(process.execPath, [pnpm, ...args], { stdio: 'inherit', cwd: root });
  if (step.status !== 0) process.exit(step.status ?? 130);
}

child = spawn(process.execPath, [join(root, 'packages/api/dist/main.js'), '--explore', ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
