// ESLint rule: no import cycle among the project's own modules, counting type-only imports.
//
// eslint-plugin-import-x's no-cycle ignores `import type` (no runtime effect), but a cycle of type
// imports still ties the modules into one knot: none can be understood, moved or tested alone.
// This rule builds the graph of relative imports (values and types, re-exports included) from
// each file's text with TypeScript's own pre-processor, once per lint run, and reports the first
// import of a file that leads back to it.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

/** The file a relative specifier names, or null (packages, and files outside the project). */
function resolve(from, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), specifier);
  if (/\.tsx?$/.test(base) && fs.existsSync(base)) return base;
  const stripped = base.replace(/\.js$/, '');
  for (const ext of EXTENSIONS) {
    const candidate = stripped + ext;
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

const edges = new Map(); // file -> [{ target, specifier }]

function importsOf(file) {
  let list = edges.get(file);
  if (list) return list;
  list = [];
  edges.set(file, list);
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return list;
  }
  for (const ref of ts.preProcessFile(text, true, true).importedFiles) {
    const target = resolve(file, ref.fileName);
    if (target) list.push({ target, specifier: ref.fileName });
  }
  return list;
}

/** A path of files from `start` back to `goal`, or null. */
function pathBack(start, goal, seen) {
  if (start === goal) return [goal];
  if (seen.has(start)) return null;
  seen.add(start);
  for (const { target } of importsOf(start)) {
    const rest = pathBack(target, goal, seen);
    if (rest) return [start, ...rest];
  }
  return null;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow import cycles among local modules, type-only imports included.' },
    schema: [],
    messages: { cycle: 'Import cycle (types included): {{cycle}}' },
  },
  create(context) {
    const file = context.filename;
    const check = (node) => {
      const specifier = node.source?.value;
      if (typeof specifier !== 'string') return;
      const target = resolve(file, specifier);
      if (!target) return;
      const back = pathBack(target, file, new Set());
      if (!back) return;
      const cwd = context.cwd ?? process.cwd();
      const cycle = [file, ...back].map((f) => path.relative(cwd, f)).join(' -> ');
      context.report({ node: node.source, messageId: 'cycle', data: { cycle } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};
