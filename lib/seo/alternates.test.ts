import { describe, expect, it, vi } from 'vitest';
import { site } from '../site/config';
import { hreflangAlternates } from './alternates';

// A third language, known only to the locale table, to reach "x-default is the first when the default
// language is missing" (with two languages, any two include the default). The site's own two are unchanged.
vi.mock('../../i18n/locales', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../i18n/locales')>();
  return { ...actual, localeConfig: { ...actual.localeConfig, ms: { tag: 'ms', intl: 'ms-SG', og: 'ms_SG', rss: 'ms', endonym: 'Melayu' } } };
});

const path = '/media-centre/press-releases/a/';
const url = (locale: string) => `${site.url}/${locale}${path}`;

describe('hreflang alternates', () => {
  it('lists every language by its BCP 47 tag, and x-default as the default language', () => {
    expect(hreflangAlternates(['en', 'zh'], path)).toEqual({ en: url('en'), 'zh-Hans': url('zh'), 'x-default': url('en') });
    expect(hreflangAlternates(['zh', 'en'], path)['x-default']).toBe(url('en'));
  });

  it('makes x-default the first language when the default one is missing', () => {
    expect(hreflangAlternates(['zh', 'ms' as 'zh'], path)).toEqual({ 'zh-Hans': url('zh'), ms: url('ms'), 'x-default': url('zh') });
  });

  it('has no x-default for a page in one language, and nothing for none', () => {
    expect(hreflangAlternates(['zh'], path)).toEqual({ 'zh-Hans': url('zh') });
    expect(hreflangAlternates(['en'], path)).toEqual({ en: url('en') });
    expect(hreflangAlternates([], path)).toEqual({});
  });
});
