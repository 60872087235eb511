import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'next-intl';
import { localeConfig, type Locale } from '../../i18n/locales';
import { messages } from '../../i18n/messages';
import type { SiteModel } from '../content/model';
import type { ReleaseMeta } from '../content/record';
import { agency, issuers } from '../site/agency';
import { formatDay, formatList } from '../site/format';

/** Everything a card shows: its cache key is derived from this and the card's code. */
export type CardData = {
  lang: string;
  colours: { brand: string; accent: string };
  /** data: URL of the agency's logo. */
  logo: string;
  agency: string;
  siteName: string;
  title: string;
  /** Formatted date, or the site's tagline on default cards. */
  subtitle: string;
  /** Who issued the release, when not the agency alone. */
  byline?: string;
  /** data: URL of the release's own image, when it names one that exists. */
  background?: string;
};

const publicDir = () => path.join(/* turbopackIgnore: true */ process.cwd(), 'public');
const MIME_BY_EXTENSION: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml' };

/** A site-relative image in public/ as a data URL (satori must not fetch anything). */
export function publicImage(image: string | undefined, dir = publicDir(), types = ['.png', '.jpg', '.jpeg']): string | undefined {
  if (!image?.startsWith('/')) return undefined;
  const file = path.join(/* turbopackIgnore: true */ dir, decodeURI(image));
  const extension = path.extname(file).toLowerCase();
  if (!types.includes(extension) || !file.startsWith(dir + path.sep) || !existsSync(file)) return undefined;
  return `data:${MIME_BY_EXTENSION[extension]};base64,${readFileSync(file).toString('base64')}`;
}

let logo: string | undefined;
const agencyLogo = () => (logo ??= publicImage(agency.logo, publicDir(), ['.svg', '.png'])!);

function base(locale: Locale) {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'Site' });
  return { lang: localeConfig[locale].tag, colours: agency.colours, logo: agencyLogo(), agency: agency.name[locale], siteName: t('name'), t };
}

export function releaseCardData(release: ReleaseMeta): CardData {
  const { t: _t, ...common } = base(release.locale);
  const t = createTranslator({ locale: release.locale, messages: messages[release.locale], namespace: 'Card' });
  const byAgency = release.issuers.length === 1 && release.issuers[0] === agency.id;
  const background = publicImage(release.image);
  return {
    ...common,
    title: release.title,
    subtitle: formatDay(release.published.day, release.locale),
    ...(byAgency
      ? {}
      : {
          byline: t('issuedBy', {
            issuers: formatList(
              release.issuers.map((key) => issuers[key].shortName[release.locale]),
              release.locale,
            ),
          }),
        }),
    ...(background ? { background } : {}),
  };
}

export function defaultCardData(locale: Locale): CardData {
  const { t, ...common } = base(locale);
  return { ...common, title: common.siteName, subtitle: t('tagline', { agency: agency.name[locale] }) };
}

/** The texts one card shows: the font subset a card rendered on its own needs (a publish renders a few). */
export const cardTexts = (card: CardData): string[] => [card.agency, card.siteName, card.title, card.subtitle, card.byline ?? ''];

const texts = new WeakMap<SiteModel, string[]>();

/**
 * Every text any card of this site can show: one font subset for a batch of
 * thousands (the content build's pool). O(archive): never on a publish's path.
 */
export function allCardTexts(model: SiteModel): string[] {
  let list = texts.get(model);
  if (!list) {
    list = model.locales.flatMap((locale) => {
      const fixed = defaultCardData(locale);
      return [
        fixed.agency,
        fixed.siteName,
        fixed.subtitle,
        ...model.releases(locale).flatMap((release) => {
          const card = releaseCardData(release);
          return [card.title, card.subtitle, card.byline ?? ''];
        }),
      ];
    });
    texts.set(model, list);
  }
  return list;
}
