import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '@/i18n/locales';

type Messages = { [key: string]: string | Messages };

function keys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

const load = (locale: string): Messages =>
  JSON.parse(readFileSync(path.resolve('messages', `${locale}.json`), 'utf8')) as Messages;

describe('messages', () => {
  it('has one file per configured locale, and no other', () => {
    const files = readdirSync('messages').map((file) => file.replace(/\.json$/, ''));
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
