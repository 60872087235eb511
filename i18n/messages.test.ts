import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { locales } from '@/i18n/locales';
import { feedFormats } from '@/lib/routes/paths';
import { platforms } from '@/lib/share/links';
import { agency } from '@/lib/site/agency';

type Messages = { [key: string]: string | Messages };

function keys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)));
}

const load = (locale: string): Messages => JSON.parse(readFileSync(path.resolve('messages', `${locale}.json`), 'utf8')) as Messages;

describe('message files', () => {
  it('has one file per configured locale, and no other', () => {
    // messages/en.d.json.ts is the key types `next build` generates from en.json, not a locale.
    const files = readdirSync('messages')
      .filter((file) => file.endsWith('.json'))
      .map((file) => file.replace(/\.json$/, ''));
    expect(files.sort()).toEqual([...locales].sort());
  });

  it.each(locales.filter((locale) => locale !== 'en'))('%s has exactly the keys of en.json, none empty', (locale) => {
    const messages = load(locale);
    expect(keys(messages).sort()).toEqual(keys(load('en')).sort());
    const empty = keys(messages).filter((key) => {
      const value = key.split('.').reduce<string | Messages>((node, part) => (node as Messages)[part]!, messages);
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(empty).toEqual([]);
  });
});

/**
 * Keys the code builds at run time, so no literal names them. Each entry
 * names one such use (file, namespace, the argument as written) and every key it can take
 * (from the code's own lists where there is one). A dynamic use that is not
 * listed here fails the test, and so does an entry no code uses any more.
 */
const DYNAMIC: { file: string; namespace: string; argument: string; keys: readonly string[] }[] = [
  // t(`platforms.${platform}`) for each share link.
  {
    file: 'components/releases/Share.tsx',
    namespace: 'Share',
    argument: '`platforms.${platform}`',
    keys: platforms.map((platform) => `platforms.${platform}`),
  },
  // t(format): the label of each feed format, on the page and in the <head>'s feed links.
  { file: 'components/layout/FeedLinks.tsx', namespace: 'Feeds', argument: 'format', keys: feedFormats },
  { file: 'lib/seo/metadata.ts', namespace: 'Feeds', argument: 'format', keys: feedFormats },
  // t(item.key): the header's sections (their list is in the component).
  { file: 'components/layout/SiteHeader.tsx', namespace: 'Header', argument: 'item.key', keys: ['home', 'releases', 'topics'] },
  // t(link.key): the agency's footer links.
  { file: 'components/layout/SiteFooter.tsx', namespace: 'Footer', argument: 'link.key', keys: agency.footerLinks.map((link) => link.key) },
  // Language names by locale, wherever a language is named.
  { file: 'components/releases/StaleNotice.tsx', namespace: 'Languages', argument: 'stale.locale', keys: locales },
  { file: 'components/releases/Attachments.tsx', namespace: 'Languages', argument: 'language', keys: locales },
  { file: 'components/releases/ReleaseList.tsx', namespace: 'Languages', argument: 'release.onlyIn', keys: locales },
  { file: 'components/releases/SideBySide.tsx', namespace: 'Languages', argument: 'record.locale', keys: locales },
  { file: 'components/listing/ListingPage.tsx', namespace: 'Languages', argument: 'other', keys: locales },
];

const SOURCE_ROOTS = ['app', 'components', 'lib', 'i18n'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) && !/\.(test|d)\.tsx?$/.test(name) ? [file] : [];
  });
}

type Use = { file: string; line: number; namespace: string; key?: string; dynamic?: string };

const TRANSLATOR_FACTORIES = new Set(['getTranslations', 'useTranslations', 'createTranslator']);
const TRANSLATOR_METHODS = new Set(['rich', 'markup', 'raw', 'has']);

const unwrap = (node: ts.Expression): ts.Expression =>
  ts.isParenthesizedExpression(node) || ts.isAwaitExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node) ? unwrap(node.expression) : node;

/**
 * Every message a file uses: calls of translators (from `getTranslations`,
 * `useTranslations`, `createTranslator`, with their namespace), resolved by
 * scope so that two `t`s in one file keep their own namespaces, and reads
 * of `messages[locale].Namespace.key` (i18n/messages.ts).
 */
function messageUses(file: string): Use[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const uses: Use[] = [];
  const scopes: Map<string, string>[] = [new Map()];
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const where = (node: ts.Node) => `${file}:${lineOf(node)}`;

  /** The namespace a translator-making call gives ('' for none), or undefined when it is not one. */
  function factoryNamespace(node: ts.Expression): string | undefined {
    const call = unwrap(node);
    if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || !TRANSLATOR_FACTORIES.has(call.expression.text)) return undefined;
    const [argument] = call.arguments;
    if (!argument) return '';
    if (ts.isStringLiteralLike(argument)) return argument.text;
    if (ts.isObjectLiteralExpression(argument)) {
      const property = argument.properties.find((p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'namespace');
      if (!property) return '';
      if (ts.isPropertyAssignment(property) && ts.isStringLiteralLike(property.initializer)) return property.initializer.text;
    }
    throw new Error(`${where(call)}: a translator with a namespace that is not a literal`);
  }

  const lookup = (name: string) =>
    [...scopes]
      .reverse()
      .find((scope) => scope.has(name))
      ?.get(name);

  function translatorOf(callee: ts.Expression): string | undefined {
    const target = unwrap(callee);
    if (ts.isIdentifier(target)) return lookup(target.text);
    if (ts.isPropertyAccessExpression(target) && TRANSLATOR_METHODS.has(target.name.text) && ts.isIdentifier(target.expression))
      return lookup(target.expression.text);
    return factoryNamespace(target);
  }

  function recordKey(namespace: string, argument: ts.Expression | undefined, node: ts.Node) {
    const full = (key: string) => (namespace ? `${namespace}.${key}` : key);
    const base = { file, line: lineOf(node), namespace };
    if (!argument) return;
    if (ts.isStringLiteralLike(argument)) uses.push({ ...base, key: full(argument.text) });
    else if (ts.isConditionalExpression(argument) && ts.isStringLiteralLike(argument.whenTrue) && ts.isStringLiteralLike(argument.whenFalse)) {
      uses.push({ ...base, key: full(argument.whenTrue.text) }, { ...base, key: full(argument.whenFalse.text) });
    } else uses.push({ ...base, dynamic: argument.getText(source) });
  }

  /** `messages[locale].A.b` → "A.b". */
  function messagesPath(node: ts.PropertyAccessExpression): string | undefined {
    const names: string[] = [];
    let current: ts.Expression = node;
    while (ts.isPropertyAccessExpression(current)) {
      names.unshift(current.name.text);
      current = current.expression;
    }
    return ts.isElementAccessExpression(current) && ts.isIdentifier(current.expression) && current.expression.text === 'messages' ? names.join('.') : undefined;
  }

  function visit(node: ts.Node) {
    const opensScope = ts.isBlock(node) || ts.isFunctionLike(node) || ts.isSourceFile(node) || ts.isCaseBlock(node);
    if (opensScope) scopes.push(new Map());
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const namespace = factoryNamespace(node.initializer);
      if (namespace !== undefined) scopes.at(-1)!.set(node.name.text, namespace);
    }
    // A translator handed to a helper: `t: ReturnType<typeof useTranslations<'Search'>>`.
    if (ts.isParameter(node) && ts.isIdentifier(node.name) && node.type) {
      const typed = /(?:use|get)Translations<\s*['"]([^'"]+)['"]\s*>/.exec(node.type.getText(source));
      if (typed) scopes.at(-1)!.set(node.name.text, typed[1]!);
    }
    if (ts.isCallExpression(node)) {
      const namespace = translatorOf(node.expression);
      if (namespace !== undefined) recordKey(namespace, node.arguments[0], node);
    }
    if (ts.isPropertyAccessExpression(node) && !ts.isPropertyAccessExpression(node.parent)) {
      const key = messagesPath(node);
      if (key?.includes('.')) uses.push({ file, line: lineOf(node), namespace: key.split('.')[0]!, key });
    }
    ts.forEachChild(node, visit);
    if (opensScope) scopes.pop();
  }
  visit(source);
  return uses;
}

describe('message keys used by the code', () => {
  const uses = SOURCE_ROOTS.flatMap((root) => sourceFiles(root)).flatMap(messageUses);
  const defined = new Set(keys(load('en')));
  const literal = uses.filter((use) => use.key);
  const dynamic = uses.filter((use) => use.dynamic);

  it('finds the uses it should (the analysis itself works)', () => {
    expect(literal.length).toBeGreaterThan(50);
    // Two translators in one file, each with its own namespace; immediate calls; messages[locale] reads.
    expect(literal).toContainEqual(expect.objectContaining({ file: 'app/[locale]/page.tsx', key: 'Site.name' }));
    expect(literal).toContainEqual(expect.objectContaining({ file: 'app/[locale]/page.tsx', key: 'Home.latest' }));
    expect(literal).toContainEqual(expect.objectContaining({ file: 'lib/feeds/routes.ts', key: 'Site.name' }));
    expect(literal).toContainEqual(expect.objectContaining({ file: 'app/not-found.tsx', key: 'NotFound.title' }));
    expect(literal).toContainEqual(expect.objectContaining({ file: 'components/releases/Attachments.tsx', key: 'Attachments.accessible' }));
  });

  it('uses no key that messages/en.json lacks', () => {
    const fromDynamic = DYNAMIC.flatMap(({ namespace, keys: list }) => list.map((key) => ({ file: '(dynamic)', line: 0, key: `${namespace}.${key}` })));
    const missing = [...literal, ...fromDynamic].filter((use) => !defined.has(use.key!)).map((use) => `${use.file}:${use.line} ${use.key}`);
    expect(missing).toEqual([]);
  });

  it('builds keys at run time only where listed, and every listed family is still built somewhere', () => {
    const unlisted = dynamic
      .filter((use) => !DYNAMIC.some((entry) => entry.file === use.file && entry.namespace === use.namespace && entry.argument === use.dynamic))
      .map((use) => `${use.file}:${use.line} ${use.namespace}: t(${use.dynamic})`);
    expect(unlisted).toEqual([]);
    const stale = DYNAMIC.filter(
      (entry) => !dynamic.some((use) => use.file === entry.file && use.namespace === entry.namespace && use.dynamic === entry.argument),
    );
    expect(stale.map((entry) => `${entry.file} ${entry.namespace}: t(${entry.argument})`)).toEqual([]);
  });

  it('has no key in messages/en.json that nothing uses', () => {
    const used = new Set([...literal.map((use) => use.key!), ...DYNAMIC.flatMap(({ namespace, keys: list }) => list.map((key) => `${namespace}.${key}`))]);
    expect([...defined].filter((key) => !used.has(key)).sort()).toEqual([]);
  });
});
