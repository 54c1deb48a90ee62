// Preloaded (node --require) into every process the bench starts, the API included, so that each
// one stops by itself: when the bench that started it is gone (its parent changes), or after
// BENCH_MAX_LIFETIME_MS (default 10 minutes). It changes nothing else in the process.
'use strict';
const parent = process.ppid;
const limit = Number(process.env.BENCH_MAX_LIFETIME_MS || 600000);
const started = Date.now();
setInterval(() => {
  if (process.ppid !== parent || Date.now() - started > limit) process.kill(process.pid, 'SIGKILL');
}, 500).unref();
