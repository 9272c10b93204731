/**
 * The layers of ../shared/ARCHITECTURE.md, checked over the real import graph as
 * TypeScript's own parser reads it (type-only imports count: a cycle of types is still a
 * cycle a reader has to untangle):
 *
 *   data → core → components | utils → entrypoints
 *
 * An arrow may only point down this list (or stay in its folder); components and utils
 * are siblings that do not import each other, and components take only types from below;
 * core and data touch no browser API.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LAYERS = ['data', 'core', 'components', 'utils', 'entrypoints'] as const;
type Layer = (typeof LAYERS)[number];

/** What each layer may import from other layers of the project. */
const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  data: [],
  core: ['data'],
  // Presentational: data in, markup out. The translator comes from a context (components/i18n.ts).
  components: ['core', 'data'],
  utils: ['core', 'data'],
  entrypoints: ['core', 'data', 'components', 'utils'],
};

/** Packages and aliases each layer may import (a prefix matches a package's subpaths). */
const MAY_USE_PACKAGE: Record<Layer, (name: string, typeOnly: boolean) => boolean> = {
  data: (name) => isPackage(name, 'zod'),
  // `#i18n` is WXT's generated type of locales/en.json's keys: types only, no runtime.
  core: (name, typeOnly) => isPackage(name, 'zod') || isPackage(name, 'fuse.js') || (name === '#i18n' && typeOnly),
  components: (name) => isPackage(name, 'preact'),
  utils: () => true,
  entrypoints: () => true,
};

/** Globals that are the browser: core and data take what they need as parameters. */
const BROWSER_GLOBALS = new Set(['browser', 'chrome', 'document', 'window', 'globalThis', 'self', 'location', 'navigator']);

function isPackage(name: string, pkg: string): boolean {
  return name === pkg || name.startsWith(`${pkg}/`);
}

interface Import {
  specifier: string;
  typeOnly: boolean;
  line: number;
}

interface SourceModule {
  file: string; // relative to ROOT, with forward slashes
  layer: Layer;
  imports: Import[];
  source: ts.SourceFile;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return filesUnder(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

function readModule(full: string): SourceModule {
  const file = path.relative(ROOT, full).split(path.sep).join('/');
  const text = readFileSync(full, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const imports: Import[] = [];
  const add = (node: ts.Node, specifier: ts.Expression | undefined, typeOnly: boolean) => {
    if (specifier && ts.isStringLiteralLike(specifier))
      imports.push({ specifier: specifier.text, typeOnly, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const onlyTypeSpecifiers =
        !!clause?.namedBindings && ts.isNamedImports(clause.namedBindings) && !clause.name && clause.namedBindings.elements.every((e) => e.isTypeOnly);
      add(node, node.moduleSpecifier, !!clause && (clause.isTypeOnly || onlyTypeSpecifiers));
    } else if (ts.isExportDeclaration(node)) add(node, node.moduleSpecifier, node.isTypeOnly);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node, node.argument.literal, true);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node, node.arguments[0], false);
    else if (ts.isModuleDeclaration(node) && ts.isStringLiteral(node.name)) return; // `declare module 'x'` names, it does not import
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { file, layer: file.split('/')[0] as Layer, imports, source };
}

const MODULES = LAYERS.flatMap((layer) => filesUnder(path.join(ROOT, layer))).map(readModule);
const BY_FILE = new Map(MODULES.map((m) => [m.file, m]));

/** The project file a relative specifier names (null: a package, an alias or a non-TS asset). */
function resolveLocal(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier.replace(/\?.*$/, '')));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`])
    if (BY_FILE.has(candidate)) return candidate;
  return null;
}

/** A specifier that leaves the five layers: a package, an alias (`#imports`, `virtual:`) or a file elsewhere. */
function packageName(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return specifier;
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  return LAYERS.includes(target.split('/')[0] as Layer) ? null : target;
}

function layerArrows(): string[] {
  const wrong: string[] = [];
  for (const m of MODULES)
    for (const { specifier, typeOnly, line } of m.imports) {
      const target = resolveLocal(m.file, specifier);
      if (target) {
        const layer = target.split('/')[0] as Layer;
        if (layer !== m.layer && !MAY_IMPORT[m.layer].includes(layer)) wrong.push(`${m.file}:${line} → ${target} (${m.layer} may not import ${layer})`);
        // Presentational: components get behaviour through props and the translator, only types from below.
        else if (m.layer === 'components' && layer !== 'components' && !typeOnly) wrong.push(`${m.file}:${line} → ${target} (components import types only)`);
        continue;
      }
      const name = packageName(m.file, specifier);
      // Assets (CSS, locale JSON) of the layer's own folders are not arrows between layers.
      if (name === null || /\.(css|json)(\?.*)?$/.test(specifier)) continue;
      if (!MAY_USE_PACKAGE[m.layer](name, typeOnly)) wrong.push(`${m.file}:${line} → ${name} (not for ${m.layer})`);
    }
  return wrong;
}

/** Names a file binds itself (parameters, variables, functions, imports): those are not the globals. */
function localNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (
      (ts.isParameter(node) || ts.isVariableDeclaration(node) || ts.isBindingElement(node) || ts.isFunctionDeclaration(node) || ts.isImportSpecifier(node)) &&
      node.name &&
      ts.isIdentifier(node.name)
    )
      names.add(node.name.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/** Whether `id` is read as a value (not a property name, a key, or inside a type). */
function isValueReference(id: ts.Identifier): boolean {
  const parent = id.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === id) return false;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent)) && parent.name === id)
    return false;
  for (let node: ts.Node = id; node.parent; node = node.parent) if (ts.isTypeNode(node) && !ts.isExpressionWithTypeArguments(node)) return false;
  return true;
}

function browserGlobalsUsed(m: SourceModule): string[] {
  const local = localNames(m.source);
  const used: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && BROWSER_GLOBALS.has(node.text) && !local.has(node.text) && isValueReference(node))
      used.push(`${m.file}:${m.source.getLineAndCharacterOfPosition(node.getStart()).line + 1} reads ${node.text}`);
    ts.forEachChild(node, visit);
  };
  visit(m.source);
  return used;
}

/** Strongly connected components of more than one module (or a module importing itself): Tarjan. */
function importCycles(): string[][] {
  const edges = new Map(MODULES.map((m) => [m.file, m.imports.flatMap((i) => resolveLocal(m.file, i.specifier) ?? [])]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const connect = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    for (let w = stack.pop()!; ; w = stack.pop()!) {
      onStack.delete(w);
      component.push(w);
      if (w === v) break;
    }
    if (component.length > 1 || edges.get(v)?.includes(v)) cycles.push(component.sort());
  };
  for (const m of MODULES) if (!index.has(m.file)) connect(m.file);
  return cycles;
}

describe('architecture', () => {
  it('reads every module of the five layers', () => {
    for (const layer of LAYERS) expect(MODULES.filter((m) => m.layer === layer).length, layer).toBeGreaterThan(0);
    expect(BY_FILE.has('core/settings.ts') && BY_FILE.has('entrypoints/content/index.ts')).toBe(true);
  });

  it('has no import cycle', () => {
    expect(importCycles().map((cycle) => cycle.join(' ↔ '))).toEqual([]);
  });

  it('imports only down the layers: data → core → components | utils → entrypoints', () => {
    expect(layerArrows()).toEqual([]);
  });

  it('keeps core and data free of browser globals', () => {
    expect(MODULES.filter((m) => m.layer === 'core' || m.layer === 'data').flatMap(browserGlobalsUsed)).toEqual([]);
  });

  // The checks themselves, on small inputs, so a broken check cannot pass silently.
  it('sees a wrong arrow, a type-only import and a browser global, and not a parameter of that name', () => {
    const probe = readModuleFromText('core/probe.ts', "import { x } from '../utils/storage';\nimport type { Y } from '#imports';\nexport const here = document.title;");
    expect(probe.imports.map((i) => [i.specifier, i.typeOnly])).toEqual([
      ['../utils/storage', false],
      ['#imports', true],
    ]);
    expect(MAY_IMPORT.core.includes('utils')).toBe(false);
    expect(MAY_USE_PACKAGE.core('#imports', true)).toBe(false);
    expect(browserGlobalsUsed(probe)).toEqual(['core/probe.ts:3 reads document']);
    const local = readModuleFromText('core/local.ts', 'export const f = (document: { title: string }, o: { window: 1 }) => document.title + o.window;');
    expect(browserGlobalsUsed(local)).toEqual([]);
  });
});

function readModuleFromText(file: string, text: string): SourceModule {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const imports = source.statements.filter(ts.isImportDeclaration).map((node) => ({
    specifier: (node.moduleSpecifier as ts.StringLiteral).text,
    typeOnly: !!node.importClause?.isTypeOnly,
    line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
  }));
  return { file, layer: file.split('/')[0] as Layer, imports, source };
}
