/**
 * The line between pure and effectful code (docs/architecture.md): `src/lib` is the domain and
 * stays pure; what reaches the browser's storage or the backend lives in `src/client/`. Imports
 * are read with TypeScript's own parser, so a comment or a string never counts as one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function filesUnder(dir: string, pattern = /\.(ts|tsx|astro)$/): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => pattern.test(f) && !f.endsWith('.d.ts'))
    .map((f) => join(dir, f));
}

/** The script part of a file: an .astro file's frontmatter and <script> bodies, a .ts file whole. */
function scriptOf(file: string): string {
  const text = readFileSync(join(ROOT, file), 'utf8');
  if (!file.endsWith('.astro')) return text;
  const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [front, ...scripts].join('\n');
}

interface Import {
  specifier: string;
  /** `import type …`: erased at build time, so it carries no effect. */
  typeOnly: boolean;
}

/** Every static import, re-export and dynamic import() of a file. */
function importsOf(file: string, text = scriptOf(file)): Import[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Import[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const typeOnly = ts.isImportDeclaration(node) ? Boolean(node.importClause?.isTypeOnly) : node.isTypeOnly;
      found.push({ specifier: node.moduleSpecifier.text, typeOnly });
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteral(arg)) found.push({ specifier: arg.text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Where a relative import points, as a path from the repository root (other imports as written). */
const target = (file: string, specifier: string) =>
  specifier.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(file), specifier)) : specifier;

/** Globals that reach storage, the network or the page; src/lib is handed these, never takes them. */
const EFFECTFUL_GLOBALS = /\b(localStorage|sessionStorage|indexedDB|navigator|window|document|location|fetch|XMLHttpRequest|WebSocket)\b/;

/** Identifiers that use an effectful global (not a property of that name, not a type position). */
function effectfulGlobalsOf(file: string, text = scriptOf(file)): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  // A name the file declares itself (a function called `location`) is not the global.
  const declared = new Set<string>();
  const collect = (node: ts.Node) => {
    const name = (node as { name?: ts.Node }).name;
    if (name && ts.isIdentifier(name) && (ts.isFunctionDeclaration(node) || ts.isVariableDeclaration(node) || ts.isParameter(node)))
      declared.add(name.text);
    if (ts.isImportSpecifier(node) || ts.isImportClause(node) || ts.isNamespaceImport(node)) if (node.name) declared.add(node.name.text);
    ts.forEachChild(node, collect);
  };
  collect(source);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isTypeNode(node)) return;
    if (ts.isIdentifier(node) && !declared.has(node.text) && node.text.match(EFFECTFUL_GLOBALS)?.[0] === node.text) {
      const parent = node.parent;
      const isName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isPropertyAssignment(parent) && parent.name === node) ||
        (ts.isPropertySignature(parent) && parent.name === node) ||
        (ts.isParameter(parent) && parent.name === node) ||
        (ts.isVariableDeclaration(parent) && parent.name === node) ||
        (ts.isBindingElement(parent) && parent.name === node) ||
        (ts.isMethodDeclaration(parent) && parent.name === node);
      if (!isName) found.push(`${node.text} (line ${source.getLineAndCharacterOfPosition(node.getStart()).line + 1})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const LIB = filesUnder('src/lib');
const ISLANDS = filesUnder('src/islands');

describe('src/lib is pure', () => {
  it('imports nothing from src/client, src/islands, src/pages, src/components, src/scripts or supabase-js', () => {
    const forbidden = /^(src\/(client|islands|pages|components|layouts|scripts)\/|@supabase\/supabase-js$)/;
    const offences = LIB.flatMap((file) =>
      importsOf(file)
        .filter((i) => !i.typeOnly && forbidden.test(target(file, i.specifier)))
        .map((i) => `${file} → ${i.specifier}`),
    );
    expect(offences).toEqual([]);
  });

  it('takes no type from src/client either (the dependency runs one way)', () => {
    const offences = LIB.flatMap((file) =>
      importsOf(file)
        .filter((i) => target(file, i.specifier).startsWith('src/client/'))
        .map((i) => `${file} → ${i.specifier}`),
    );
    expect(offences).toEqual([]);
  });

  it('touches no browser storage, network or page globals: they are handed in', () => {
    const offences = LIB.flatMap((file) => effectfulGlobalsOf(file).map((g) => `${file}: ${g}`));
    expect(offences).toEqual([]);
  });
});

describe('islands', () => {
  // The typed wrappers in src/lib/supabase/rpc.ts need the client handed in, so an island that
  // cannot import the client cannot call them either (it may still use RpcError to read a refusal).
  it('reach the backend through src/client/<domain>.ts, never the Supabase client or supabase-js themselves', () => {
    const offences = ISLANDS.flatMap((file) =>
      importsOf(file)
        .filter((i) => !i.typeOnly && /^(src\/client\/supabase\.ts|@supabase\/supabase-js)$/.test(target(file, i.specifier)))
        .map((i) => `${file} → ${i.specifier}`),
    );
    expect(offences).toEqual([]);
  });
});

describe('islands and storage', () => {
  it('reach browser storage and the network through src/client/, not themselves', () => {
    const offences = ISLANDS.flatMap((file) =>
      effectfulGlobalsOf(file)
        .filter((g) => /^(localStorage|sessionStorage|indexedDB|fetch|XMLHttpRequest|WebSocket) /.test(g))
        .map((g) => `${file}: ${g}`),
    );
    expect(offences).toEqual([]);
  });
});

describe('the checker itself', () => {
  const probe = [
    "// import { x } from '../../client/x.ts';",
    "import type { A } from '../../client/a.ts';",
    "import { b } from '../../client/b.ts';",
    "const m = () => import('../../islands/X.tsx');",
    "localStorage.getItem('k');",
    'const o = { window: 1 };',
    'let s: Storage | Window;',
    'o.window = fetch.length;',
    'function location() {}',
    'location();',
  ].join('\n');

  it('sees static, type-only and dynamic imports, and not those in comments', () => {
    expect(importsOf('src/lib/x/probe.ts', probe).map((i) => [target('src/lib/x/probe.ts', i.specifier), i.typeOnly])).toEqual([
      ['src/client/a.ts', true],
      ['src/client/b.ts', false],
      ['src/islands/X.tsx', false],
    ]);
  });

  it('sees globals in use, not property names or types', () => {
    expect(effectfulGlobalsOf('src/lib/x/probe.ts', probe)).toEqual(['localStorage (line 5)', 'fetch (line 8)']);
  });
});
