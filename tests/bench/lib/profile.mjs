// Summaries of V8 .cpuprofile files (node --cpu-prof): self time aggregated by function name and
// script, and by area (which package, the API's own code, Node internals, GC), optionally over a
// time window (microseconds on the monotonic clock that process.hrtime uses, as V8's are).
import { relative } from 'node:path';

function shortUrl(url, root) {
  if (!url) return '';
  let path = url.replace(/^file:\/\//, '');
  const pnpm = /node_modules\/\.pnpm\/[^/]+\/node_modules\/(.*)$/.exec(path);
  if (pnpm) return pnpm[1];
  const plain = /node_modules\/(.*)$/.exec(path);
  if (plain) return plain[1];
  if (path.startsWith('/')) path = relative(root, path);
  return path;
}

function areaOf(name, url) {
  if (!url) {
    if (name === '(garbage collector)') return 'garbage collector';
    if (name === '(idle)') return 'idle';
    if (name === '(program)') return 'V8/native (program)';
    return 'native/builtin';
  }
  if (url.startsWith('node:')) return 'node internals';
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.includes('/packages/api/dist/')) return 'API code (packages/api)';
  return 'other';
}

/**
 * { totalMs, busyMs, samples, top: [{ name, where, selfMs, pctBusy }], areas: [{ area, selfMs, pctBusy }] }
 * `window` = { startUs, endUs } restricts to samples taken in it (null: the whole profile).
 */
export function summarizeProfile(profile, { root, window = null, top = 15 } = {}) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const { samples, timeDeltas } = profile;
  const times = new Array(samples.length);
  let t = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    t += timeDeltas[i] ?? 0;
    times[i] = t;
  }
  let windowApplied = false;
  let lo = 0;
  let hi = samples.length;
  if (window && profile.startTime <= window.endUs && profile.endTime >= window.startUs) {
    windowApplied = true;
    lo = times.findIndex((x) => x >= window.startUs);
    if (lo < 0) lo = samples.length;
    const after = times.findIndex((x) => x > window.endUs);
    hi = after < 0 ? samples.length : after;
  }
  const byFunction = new Map();
  const byArea = new Map();
  let totalUs = 0;
  let idleUs = 0;
  for (let i = lo; i < hi; i++) {
    // A sample stands for the time until the next one.
    const dt = i + 1 < times.length ? times[i + 1] - times[i] : 0;
    if (dt <= 0) continue;
    const node = nodes.get(samples[i]);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const name = functionName || '(anonymous)';
    totalUs += dt;
    const area = areaOf(name, url);
    if (area === 'idle') {
      idleUs += dt;
      continue;
    }
    const key = `${name}\0${url}`;
    let f = byFunction.get(key);
    if (!f) byFunction.set(key, (f = { name, where: url ? `${shortUrl(url, root)}:${lineNumber + 1}` : '(native)', selfUs: 0, area }));
    f.selfUs += dt;
    byArea.set(area, (byArea.get(area) ?? 0) + dt);
  }
  const busyUs = totalUs - idleUs;
  const pct = (us) => (busyUs ? (100 * us) / busyUs : 0);
  return {
    windowApplied,
    totalMs: totalUs / 1000,
    busyMs: busyUs / 1000,
    idlePct: totalUs ? (100 * idleUs) / totalUs : 0,
    samples: hi - lo,
    top: [...byFunction.values()]
      .sort((a, b) => b.selfUs - a.selfUs)
      .slice(0, top)
      .map((f) => ({ name: f.name, where: f.where, area: f.area, selfMs: f.selfUs / 1000, pctBusy: pct(f.selfUs) })),
    areas: [...byArea.entries()].sort((a, b) => b[1] - a[1]).map(([area, us]) => ({ area, selfMs: us / 1000, pctBusy: pct(us) })),
  };
}
