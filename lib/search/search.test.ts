import { beforeAll, describe, expect, it } from 'vitest';
import { localeConfig } from '../../i18n/locales';
import { metaOf } from '../content/record';
import { buildModel } from '../content/model';
import { realRecords } from '../testing/real-content';
import { buildSearchIndex } from './build-index';
import { searchDocuments, searchParts } from './documents';
import { search } from './query';
import type { SearchIndex } from './types';

const slug = 'singapore-and-shenzhen-drive-smart-city-collaboration';
const indexes: Partial<Record<'en' | 'zh', SearchIndex[]>> = {};

// The index as the build makes it (lib/search/routes.ts), from the real export read by the one reader.
beforeAll(async () => {
  const records = await realRecords();
  const model = buildModel({ releases: records.map(metaOf), tombstones: [] });
  const text = new Map(records.map((record) => [`${record.locale}/${record.slug}`, record.text]));
  for (const locale of ['en', 'zh'] as const) {
    indexes[locale] = searchParts(model, locale).map((part) => {
      const documents = searchDocuments(model, locale, part).map((doc) => ({ ...doc, text: text.get(`${locale}/${doc.slug}`)! }));
      return buildSearchIndex(documents, localeConfig[locale].tag);
    });
  }
});

describe('search over the real releases', () => {
  it.each(['深圳', '智慧城市', '谅解备忘录', '新加坡', '人工智能'])('Chinese %s finds the Chinese release', (query) => {
    expect(search(indexes.zh!, query).map((hit) => hit.slug)).toEqual([slug]);
  });

  it.each(['Shenzhen', 'smart city', 'MOU', 'mous', 'SHENZ', 'Ｓｈｅｎｚｈｅｎ', 'shenzhen!'])('English %s finds the English release', (query) => {
    expect(search(indexes.en!, query).map((hit) => hit.slug)).toEqual([slug]);
  });

  it('needs every word and ignores punctuation-only queries', () => {
    expect(search(indexes.en!, 'Shenzhen volcano')).toEqual([]);
    expect(search(indexes.zh!, '火山')).toEqual([]);
    expect(search(indexes.en!, '!!! ...')).toEqual([]);
  });
});
