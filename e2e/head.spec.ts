import { expect, test, type Page } from '@playwright/test';
import { MISSING_MESSAGE_MARKER } from '../i18n/missing-message';
import { hreflangLinks, localPath, locales, permalink, release, releasePath, siteUrl as baseURL, tags } from './helpers';

const pages = [
  { name: 'home', path: '/' },
  { name: 'list', path: '/media-centre/press-releases/' },
  { name: 'year archive', path: '/media-centre/press-releases/2023/' },
  { name: 'topic index', path: '/topics/' },
  { name: 'release', path: permalink() },
] as const;
const ogLocales = { en: 'en_SG', zh: 'zh_CN' } as const;

async function head(page: Page) {
  return page.evaluate(() => {
    const meta = (key: string) => [...document.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)].map((m) => m.getAttribute('content'));
    return {
      lang: document.documentElement.lang,
      title: document.title,
      description: meta('description')[0],
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      alternates: Object.fromEntries(
        [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
      ),
      ogTitle: meta('og:title')[0],
      ogDescription: meta('og:description')[0],
      ogType: meta('og:type')[0],
      ogLocale: meta('og:locale')[0],
      ogLocaleAlternate: meta('og:locale:alternate'),
      ogImage: meta('og:image')[0],
      ogImageAlt: meta('og:image:alt')[0],
      ogImageSize: [meta('og:image:width')[0], meta('og:image:height')[0]],
      ogImageType: meta('og:image:type')[0],
      publishedTime: meta('article:published_time')[0],
      twitterCard: meta('twitter:card')[0],
      twitterImage: meta('twitter:image')[0],
      twitterDescription: meta('twitter:description')[0],
    };
  });
}

for (const locale of locales) {
  const other = locale === 'en' ? 'zh' : 'en';
  for (const { name, path } of pages) {
    test(`${locale} ${name}: lang, canonical, hreflang, Open Graph`, async ({ page }) => {
      const response = await page.goto(`/${locale}${path}`);
      // One source of hreflang: the head (and the sitemap). No HTTP Link header repeats them.
      expect(response?.headers().link).toBeUndefined();
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
      expect(h.ogDescription).toBe(h.description);
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
      await page
        .getByRole('navigation', { name: locale === 'en' ? 'Language' : '语言' })
        .getByRole('link')
        .click();
      await expect(page).toHaveURL(new RegExp(`/${other}${path.replace(/[/.]/g, '\\$&')}$`));
    });
  }

  test(`${locale} release: the summary is the first paragraph, not the title again, dated in Singapore time`, async ({ page }) => {
    await page.goto(releasePath(locale));
    const h = await head(page);
    expect(h.ogTitle).toBe(release.titles[locale]);
    // The front matter's description repeats the title; the summary comes from the body's first bullet.
    expect(h.description).toBe(release.summaries[locale]);
    expect(h.description).not.toBe(h.ogTitle);
    expect(h.ogDescription).toBe(release.summaries[locale]);
    expect(h.twitterDescription).toBe(release.summaries[locale]);
    expect(h.ogType).toBe('article');
    // Midnight of 14 December in Asia/Singapore, with its offset (not UTC midnight, not a bare date).
    expect(h.publishedTime).toBe(release.published);
  });

  test(`${locale} 404: localized, lang set, not indexed`, async ({ page }) => {
    const response = await page.goto(`/${locale}/nothing-here/`);
    expect(response?.status()).toBe(404);
    const h = await head(page);
    expect(h.lang).toBe(tags[locale]);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
  });

  test(`${locale} release: JSON-LD NewsArticle by its issuers, linked to its translation`, async ({ page }) => {
    await page.goto(releasePath(locale));
    const json = await page.locator('script[type="application/ld+json"]').textContent();
    const data = JSON.parse(json!);
    expect(data['@type']).toBe('NewsArticle');
    expect(data.inLanguage).toBe(tags[locale]);
    expect(data.datePublished).toBe(release.published);
    expect(data.headline).toBe(await page.getByRole('heading', { level: 1 }).textContent());
    expect(data.description).toBe(release.summaries[locale]);
    expect(data.mainEntityOfPage['@id']).toBe(`${baseURL}${releasePath(locale)}`);
    // `issuers: [mci, imda]`: both are authors, the first publishes; named in the page's language.
    expect(data.author.map((org: { name: string }) => org.name)).toEqual(release.issuers[locale]);
    expect(data.author.map((org: { alternateName: string }) => org.alternateName)).toEqual(['MCI', 'IMDA']);
    expect(data.publisher).toEqual(data.author[0]);
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

test('legacy permalinks redirect permanently to the release in the reader’s language', async ({ request }) => {
  for (const [accept, locale] of [
    [undefined, 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['zh-CN', 'zh'],
    ['zh-SG,zh;q=0.9,en;q=0.8', 'zh'],
    ['fr-FR', 'en'],
  ] as const) {
    const response = await request.get(permalink(), { maxRedirects: 0, headers: accept ? { 'Accept-Language': accept } : {} });
    expect(response.status(), accept).toBe(301);
    expect(response.headers().location, accept).toBe(releasePath(locale));
    // Caches must keep one answer per language.
    expect(response.headers().vary, accept).toMatch(/Accept-Language/i);
  }
});

test('a Chinese reader following an old permalink in the browser lands on the Chinese release', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: 'zh-CN', extraHTTPHeaders: { 'Accept-Language': 'zh-CN,zh;q=0.9' } });
  const page = await context.newPage();
  await page.goto(new URL(permalink(), baseURL).href);
  await expect(page).toHaveURL(new RegExp(`${releasePath('zh')}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(release.titles.zh);
  await context.close();
});

/** `<loc>`s of a sitemap file, each with its `<xhtml:link>` alternates and `<lastmod>`. */
function sitemapUrls(xml: string) {
  return xml
    .split('<url>')
    .slice(1)
    .map((url) => ({
      loc: /<loc>([^<]+)<\/loc>/.exec(url)![1]!,
      lastmod: /<lastmod>([^<]+)<\/lastmod>/.exec(url)?.[1],
      alternates: Object.fromEntries([...url.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]])),
    }));
}

test('the sitemap index lists the pages sitemap and one per year; every loc answers 200 with the head’s alternates', async ({ request }) => {
  const index = await request.get('/sitemap.xml');
  expect(index.headers()['content-type']).toContain('xml');
  const indexXml = await index.text();
  expect(indexXml).toContain('<sitemapindex');
  const sitemaps = [...indexXml.matchAll(/<sitemap><loc>([^<]+)<\/loc><\/sitemap>/g)].map((m) => m[1]!);
  expect(sitemaps).toEqual([`${baseURL}/sitemaps/sitemap/pages.xml`, `${baseURL}/sitemaps/sitemap/releases-2023.xml`]);

  const byFile: Record<string, ReturnType<typeof sitemapUrls>> = {};
  for (const url of sitemaps) {
    const response = await request.get(localPath(url));
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type'], url).toContain('xml');
    byFile[url.split('/').pop()!] = sitemapUrls(await response.text());
  }
  const paths = (file: string) => byFile[file]!.map((url) => url.loc.replace(baseURL, ''));
  // Per language: home, topic index, list, the 2023 archive. No topic pages: the real content has no topics.
  expect(paths('pages.xml').sort()).toEqual(
    ['/', '/topics/', '/media-centre/press-releases/', '/media-centre/press-releases/2023/'].flatMap((path) => [`/en${path}`, `/zh${path}`]).sort(),
  );
  // The release and its side-by-side page, in both languages.
  expect(paths('releases-2023.xml').sort()).toEqual([permalink(), `${permalink()}bilingual/`].flatMap((path) => [`/en${path}`, `/zh${path}`]).sort());

  for (const url of Object.values(byFile).flat()) {
    // Every page shows the release of 14 December 2023: dated with Singapore's offset.
    expect(url.lastmod, url.loc).toBe(release.published);
    const page = await request.get(localPath(url.loc));
    expect(page.status(), url.loc).toBe(200);
    const html = await page.text();
    // Every page of both languages: no message key missing from its messages file.
    expect(html, url.loc).not.toContain(MISSING_MESSAGE_MARKER);
    // The sitemap and the page's head name the same alternates (one function makes both), x-default included.
    expect(url.alternates['x-default'], url.loc).toBeDefined();
    expect(url.alternates, url.loc).toEqual(hreflangLinks(html));
  }

  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test('the favicon and the apple touch icon are served as images and linked from every page', async ({ request, page }) => {
  for (const [path, type] of [
    ['/favicon.ico', /^image\/(x-icon|vnd\.microsoft\.icon)$/],
    ['/apple-icon.png', /^image\/png$/],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toMatch(type);
    expect((await response.body()).length, path).toBeGreaterThan(0);
  }
  for (const locale of locales) {
    await page.goto(releasePath(locale));
    const touch = await page.locator('head link[rel="apple-touch-icon"]').getAttribute('href');
    expect(touch).toMatch(/^\/apple-icon\.png/);
    const icon = await request.get(touch!);
    expect(icon.status()).toBe(200);
    const png = await icon.body();
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([180, 180]);
    await expect(page.locator('head link[rel="icon"][href^="/favicon.ico"]')).toHaveCount(1);
  }
});
