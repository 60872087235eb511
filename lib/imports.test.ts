import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The module graph of the app's code (lib/, components/, app/, i18n/),
 * read with TypeScript's parser: relative and `@/` imports, re-exports and
 * dynamic `import()`. Type-only imports (`import type`, or every name marked
 * `type`) are left out of the cycle check: the compiler erases them, so they
 * cannot make modules wait on each other at run time.
 */
const ROOTS = ['lib', 'components', 'app', 'i18n'];
const PROJECT = process.cwd();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.(tsx?|mjs)$/.test(name) && !/\.d\.ts$/.test(name) ? [file] : [];
  });
}

const EXTENSIONS = ['', '.ts', '.tsx', '.mjs', '.js', '/index.ts', '/index.tsx'];

/** The project file a specifier names, or undefined for packages and files outside the project. */
function resolve(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/')
    ? path.join(PROJECT, specifier.slice(2))
    : specifier.startsWith('.')
      ? path.resolve(path.dirname(from), specifier)
      : undefined;
  if (!base) return undefined;
  const found = EXTENSIONS.map((extension) => base + extension).find((file) => existsSync(file) && statSync(file).isFile());
  return found && path.relative(PROJECT, found);
}

type Edge = { to: string; typeOnly: boolean; line: number };

function importsOf(file: string): Edge[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const edges: Edge[] = [];
  const add = (specifier: ts.Expression | undefined, typeOnly: boolean, node: ts.Node) => {
    if (!specifier || !ts.isStringLiteralLike(specifier)) return;
    const to = resolve(file, specifier.text);
    if (to) edges.push({ to, typeOnly, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const onlyTypes = Boolean(clause && (clause.isTypeOnly || (!clause.name && named && named.length > 0 && named.every((element) => element.isTypeOnly))));
      add(node.moduleSpecifier, onlyTypes, node);
    } else if (ts.isExportDeclaration(node)) {
      const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : undefined;
      add(node.moduleSpecifier, node.isTypeOnly || Boolean(named && named.length > 0 && named.every((element) => element.isTypeOnly)), node);
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    ) {
      add(node.arguments[0], false, node);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, true, node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

/** Cycles among value imports: one path per strongly connected component (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      const selfLoop = (graph.get(node) ?? []).includes(node);
      if (component.length > 1 || selfLoop) found.push(cyclePath(graph, new Set(component), node));
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) connect(node);
  return found;
}

/** One cycle through `start` inside its component, as a readable path a → b → … → a. */
function cyclePath(graph: Map<string, string[]>, component: Set<string>, start: string): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const node = queue.shift()!;
    for (const next of graph.get(node) ?? []) {
      if (!component.has(next)) continue;
      if (next === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(previous.get(path[0]!)!);
        return [...path, start];
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start];
}

describe('module graph', () => {
  const files = ROOTS.flatMap((root) => sourceFiles(root));
  const edges = new Map(files.map((file) => [file, importsOf(file)]));

  it('is read correctly (relative, `@/` and type-only imports)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(edges.get('lib/listings/text.ts')).toContainEqual(expect.objectContaining({ to: 'lib/listings/index.ts', typeOnly: true }));
    expect(edges.get('lib/listings/index.ts')).toContainEqual(expect.objectContaining({ to: 'lib/listings/pagination.ts', typeOnly: false }));
    expect(edges.get('app/[locale]/page.tsx')).toContainEqual(expect.objectContaining({ to: 'lib/views/site.ts', typeOnly: false }));
    expect(edges.get('lib/content/model.ts')).toContainEqual(expect.objectContaining({ to: 'lib/content/record.ts' }));
    // The check itself finds a cycle when there is one.
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('has no import cycles (type-only imports aside)', () => {
    const graph = new Map([...edges].map(([file, list]) => [file, [...new Set(list.filter((edge) => !edge.typeOnly).map((edge) => edge.to))]]));
    expect(cycles(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('keeps lib/ free of components/', () => {
    const wrong = [...edges]
      .filter(([file]) => file.startsWith('lib/'))
      .flatMap(([file, list]) => list.filter((edge) => edge.to.startsWith('components/')).map((edge) => `${file}:${edge.line} imports ${edge.to}`));
    expect(wrong).toEqual([]);
  });
});
