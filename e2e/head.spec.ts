import { expect, test, type Page } from '@playwright/test';
import { MISSING_MESSAGE_MARKER } from '../i18n/missing-message';
import { localPath, permalink, releasePath, siteUrl as baseURL } from './helpers';

const pages = [
  { name: 'home', path: '/' },
  { name: 'list', path: '/media-centre/press-releases/' },
  { name: 'release', path: permalink() },
] as const;
const tags = { en: 'en', zh: 'zh-Hans' } as const;
const ogLocales = { en: 'en_SG', zh: 'zh_CN' } as const;

async function head(page: Page) {
  return page.evaluate(() => {
    const meta = (key: string) =>
      [...document.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)].map((m) => m.getAttribute('content'));
    return {
      lang: document.documentElement.lang,
      title: document.title,
      description: meta('description')[0],
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      alternates: Object.fromEntries(
        [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
          l.getAttribute('hreflang'),
          l.getAttribute('href'),
        ]),
      ),
      ogLocale: meta('og:locale')[0],
      ogLocaleAlternate: meta('og:locale:alternate'),
      ogImage: meta('og:image')[0],
      ogImageAlt: meta('og:image:alt')[0],
      ogImageSize: [meta('og:image:width')[0], meta('og:image:height')[0]],
      ogImageType: meta('og:image:type')[0],
      twitterCard: meta('twitter:card')[0],
      twitterImage: meta('twitter:image')[0],
    };
  });
}

for (const locale of ['en', 'zh'] as const) {
  const other = locale === 'en' ? 'zh' : 'en';
  for (const { name, path } of pages) {
    test(`${locale} ${name}: lang, canonical, hreflang, Open Graph`, async ({ page }) => {
      await page.goto(`/${locale}${path}`);
      const h = await head(page);
      expect(h.lang).toBe(tags[locale]);
      expect(h.canonical).toBe(`${baseURL}/${locale}${path}`);
      expect(h.alternates).toEqual({
        en: `${baseURL}/en${path}`,
        'zh-Hans': `${baseURL}/zh${path}`,
        'x-default': `${baseURL}/en${path}`,
      });
      expect(h.title.length).toBeGreaterThan(0);
      expect(h.description?.length).toBeGreaterThan(0);
      expect(h.ogLocale).toBe(ogLocales[locale]);
      expect(h.ogLocaleAlternate).toEqual([ogLocales[other]]);
      expect(h.ogImage).toMatch(new RegExp(`^${baseURL}/${locale}/.*og\\.png$`));
      expect(h.ogImageSize).toEqual(['1200', '630']);
      expect(h.ogImageType).toBe('image/png');
      expect(h.twitterCard).toBe('summary_large_image');
      expect(h.twitterImage).toBe(h.ogImage);
      if (locale === 'zh') {
        expect(h.title).toMatch(/[\u4e00-\u9fff]/);
        expect(h.ogImageAlt).toMatch(/[\u4e00-\u9fff]/);
      }

      // The switch lands on the same page in the other language.
      await page.getByRole('navigation', { name: locale === 'en' ? 'Language' : '语言' }).getByRole('link').click();
      await expect(page).toHaveURL(new RegExp(`/${other}${path.replace(/[/.]/g, '\\$&')}$`));
    });
  }

  test(`${locale} 404: localized, lang set, not indexed`, async ({ page }) => {
    const response = await page.goto(`/${locale}/nothing-here/`);
    expect(response?.status()).toBe(404);
    const h = await head(page);
    expect(h.lang).toBe(tags[locale]);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
  });

  test(`${locale} release: JSON-LD NewsArticle linked to its translation`, async ({ page }) => {
    await page.goto(releasePath(locale));
    const json = await page.locator('script[type="application/ld+json"]').textContent();
    const data = JSON.parse(json!);
    expect(data['@type']).toBe('NewsArticle');
    expect(data.inLanguage).toBe(tags[locale]);
    expect(data.datePublished).toBe('2023-12-14');
    expect(data.headline).toBe(await page.getByRole('heading', { level: 1 }).textContent());
    expect(data.mainEntityOfPage['@id']).toBe(`${baseURL}${releasePath(locale)}`);
    expect(data.publisher.name).toBe(locale === 'en' ? 'Ministry of Digital Development and Information' : '数码发展及新闻部');
    expect(data.image[0]).toBe(`${baseURL}${releasePath(locale)}og.png`);
    const link = locale === 'en' ? data.workTranslation : data.translationOfWork;
    expect(link[0]['@id']).toBe(`${baseURL}${releasePath(other)}`);
  });

  test(`${locale} release: the Open Graph card is a 1200×630 PNG`, async ({ request }) => {
    const response = await request.get(`${releasePath(locale)}og.png`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = await response.body();
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
}

test('legacy permalinks redirect permanently to the English release', async ({ request }) => {
  const response = await request.get(permalink(), { maxRedirects: 0 });
  expect([301, 308]).toContain(response.status());
  expect(response.headers().location).toBe(releasePath('en'));
});

test('sitemap.xml lists every page with hreflang pairs, and every loc answers 200', async ({ request }) => {
  const response = await request.get('/sitemap.xml');
  expect(response.headers()['content-type']).toContain('xml');
  const xml = await response.text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  // Per language: home, topics index, list, the 2023 archive, 8 topics, the release.
  expect(locs).toHaveLength(2 * 13);
  for (const path of ['/', '/media-centre/press-releases/', '/media-centre/press-releases/2023/', '/topics/ai/', permalink()]) {
    expect(locs).toContain(`${baseURL}/en${path}`);
    expect(locs).toContain(`${baseURL}/zh${path}`);
  }
  expect(xml.match(/<xhtml:link rel="alternate" hreflang="zh-Hans"/g)).toHaveLength(locs.length);
  // Every page with releases says when it last changed; the 8 topics without any have nothing to date.
  const urls = xml.split('<url>').slice(1);
  expect(urls.filter((url) => url.includes('<lastmod>2023-12-14</lastmod>'))).toHaveLength(locs.length - 2 * 8);
  for (const loc of locs) {
    const page = await request.get(localPath(loc));
    expect(page.status(), loc).toBe(200);
    // Every page of both languages: no message key missing from its messages file.
    expect(await page.text(), loc).not.toContain(MISSING_MESSAGE_MARKER);
  }

  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});
