import { parseDocument } from 'yaml';

export type ParsedFile =
  | { ok: true; data: Record<string, unknown>; body: string }
  | { ok: false; reason: string };

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits a CMS export into YAML front matter and body, with a readable reason when it cannot. */
export function parseExport(source: string): ParsedFile {
  const match = FRONT_MATTER.exec(source);
  if (!match) return { ok: false, reason: 'is missing: the file must start with a `---` line and close it with another' };
  const document = parseDocument(match[1]!);
  const [error] = document.errors;
  if (error) return { ok: false, reason: `is not valid YAML: ${error.message.split('\n')[0]!.replace(/:$/, '')}` };
  const data: unknown = document.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, reason: 'is not valid YAML: expected `key: value` lines' };
  }
  return { ok: true, data: data as Record<string, unknown>, body: source.slice(match[0].length) };
}
