// The package as it would be published: `npm publish --dry-run` passes (it runs prepack, which
// builds and copies in the schema and the licence) and packs what a consumer needs, and only that.
// Needs no credentials (an empty npm user config) and no network beyond the npm registry, which
// the dry run may ask about the package (it passes without it too: --fetch-retries=0).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const packageDir = join(__dirname, '..', '..');
const repositoryRoot = join(packageDir, '..', '..');
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));

interface PackResult {
  name: string;
  version: string;
  files: Array<{ path: string; size: number }>;
}

let dryRun: { status: number | null; stdout: string; stderr: string };
let packed: PackResult;
let paths: string[];

beforeAll(() => {
  const home = mkdtempSync(join(tmpdir(), 'cdp-sdk-npm-'));
  try {
    const userconfig = join(home, '.npmrc');
    writeFileSync(userconfig, ''); // no token: the dry run must not need one
    const r = spawnSync('npm', ['publish', '--dry-run', '--json', '--fetch-retries=0'], {
      cwd: packageDir,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        HOME: home,
        npm_config_userconfig: userconfig,
        npm_config_update_notifier: 'false',
        npm_config_cache: join(home, 'cache'),
      },
      timeout: 120_000,
    });
    dryRun = { status: r.status, stdout: r.stdout ?? '', stderr: `${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
  // stdout holds the prepack script's own output, then the JSON report.
  const start = dryRun.stdout.indexOf(`{\n  "${manifest.name}"`);
  if (dryRun.status === 0 && start >= 0) {
    packed = JSON.parse(dryRun.stdout.slice(start))[manifest.name];
    paths = packed.files.map((f) => f.path).sort();
  }
}, 150_000);

it('npm publish --dry-run passes', () => {
  expect({ status: dryRun.status, stderr: dryRun.status === 0 ? '' : dryRun.stderr }).toEqual({ status: 0, stderr: '' });
  expect(packed).toMatchObject({ name: '@cdp/sdk', version: manifest.version });
  expect(dryRun.stderr).toMatch(/\(dry-run\)/);
});

it('packs both builds with their type declarations, the schema, the README, the changelog and the licence', () => {
  for (const build of ['esm', 'cjs']) {
    expect(paths).toEqual(
      expect.arrayContaining([
        `dist/${build}/index.js`,
        `dist/${build}/index.d.ts`,
        `dist/${build}/package.json`,
        `dist/${build}/client.js`,
        `dist/${build}/generated/graphql.d.ts`,
      ]),
    );
  }
  expect(paths).toEqual(expect.arrayContaining(['package.json', 'schema.graphql', 'README.md', 'CHANGELOG.md', 'LICENSE']));
});

it('packs nothing else: no sources, tests, configuration or scripts', () => {
  const allowed = /^(dist\/(esm|cjs)\/.+\.(js|d\.ts|js\.map)|dist\/(esm|cjs)\/package\.json|package\.json|schema\.graphql|README\.md|CHANGELOG\.md|LICENSE)$/;
  expect(paths.filter((path) => !allowed.test(path))).toEqual([]);
  expect(paths.filter((path) => /(^|\/)(src|__tests__|scripts|operations)\//.test(path) || /\.test\./.test(path))).toEqual([]);
});

it('every target of the exports map is in the package', () => {
  const targets: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') targets.push(value.replace(/^\.\//, ''));
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(manifest.exports);
  walk({ main: manifest.main, module: manifest.module, types: manifest.types });
  expect(targets.length).toBeGreaterThan(5);
  expect(targets.filter((target) => !paths.includes(target))).toEqual([]);
});

it('ships the committed schema and the repository licence as they are', () => {
  expect(readFileSync(join(packageDir, 'schema.graphql'), 'utf8')).toBe(readFileSync(join(repositoryRoot, 'packages', 'schema', 'schema.graphql'), 'utf8'));
  expect(readFileSync(join(packageDir, 'LICENSE'), 'utf8')).toBe(readFileSync(join(repositoryRoot, 'LICENSE'), 'utf8'));
});

it('the manifest is publishable: not private, licensed, with its repository, and no workspace: dependency', () => {
  expect(manifest.private).toBeUndefined();
  expect(manifest).toMatchObject({ license: 'MIT', repository: { type: 'git', directory: 'packages/sdk' }, sideEffects: false, engines: { node: '>=20' } });
  expect(manifest.description).toEqual(expect.any(String));
  expect(manifest.keywords.length).toBeGreaterThan(3);
  expect(JSON.stringify(manifest)).not.toMatch(/workspace:/);
});
