import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { localeConfig, locales, type Locale } from '@/i18n/locales';
import { messages } from '@/i18n/messages';
import { getReleases, type Release } from '../content';
import { formatDay } from '../format';
import { site } from '../site';

/** Everything a card shows: the cache key is derived from this and nothing else. */
export type CardData = {
  lang: string;
  agency: string;
  siteName: string;
  title: string;
  /** Formatted date, or the site's tagline on default cards. */
  subtitle: string;
  /** data: URL of the release's own image, when it names one that exists. */
  background?: string;
};

const MIME_BY_EXTENSION: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg' };

/** The release's front-matter image as a data URL, if it is a local PNG/JPEG that exists. */
export function backgroundImage(
  image: string | undefined,
  publicDir = path.join(/* turbopackIgnore: true */ process.cwd(), 'public'),
): string | undefined {
  if (!image?.startsWith('/')) return undefined;
  const file = path.join(/* turbopackIgnore: true */ publicDir, decodeURI(image));
  const mime = MIME_BY_EXTENSION[path.extname(file).toLowerCase()];
  if (!mime || !file.startsWith(publicDir + path.sep) || !existsSync(file)) return undefined;
  return `data:${mime};base64,${readFileSync(file).toString('base64')}`;
}

export function releaseCard(release: Release): CardData {
  const locale = release.locale;
  return {
    lang: localeConfig[locale].tag,
    agency: site.agency.name[locale],
    siteName: messages[locale].Site.name,
    title: release.title,
    subtitle: formatDay(release.date, locale),
    background: backgroundImage(release.image),
  };
}

export function defaultCard(locale: Locale): CardData {
  return {
    lang: localeConfig[locale].tag,
    agency: site.agency.name[locale],
    siteName: messages[locale].Site.name,
    title: messages[locale].Site.name,
    subtitle: messages[locale].Site.tagline.replace('{agency}', site.agency.name[locale]),
  };
}

let cardTexts: string[] | undefined;

/** Every text any card of this build can show: the font subset covers exactly these. Computed once. */
export function allCardTexts(): string[] {
  return (cardTexts ??= locales.flatMap((locale) => {
    const card = defaultCard(locale);
    return [card.agency, card.siteName, card.subtitle, ...getReleases(locale).flatMap((r) => [r.title, formatDay(r.date, locale)])];
  }));
}
