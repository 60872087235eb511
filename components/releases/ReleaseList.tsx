import { getLocale, getTranslations } from 'next-intl/server';
import { Words } from '@/components/ui/Words';
import { localeConfig, type Locale } from '@/i18n/locales';
import { SiteLink } from '@/components/ui/SiteLink';
import { routes } from '@/lib/routes/paths';
import { formatDay } from '@/lib/site/format';
import type { ReleaseCard } from '@/lib/views/refs';
import { ReleaseDate } from './ReleaseDate';

type Props = {
  releases: ReleaseCard[];
  /** Heading level of each item, so the list fits the page's outline. */
  headingLevel?: 'h2' | 'h3';
};

export async function ReleaseList({ releases, headingLevel: Heading = 'h2' }: Props) {
  const t = await getTranslations('Listing');
  const tLanguages = await getTranslations('Languages');
  const locale = (await getLocale()) as Locale;
  const lang = localeConfig[locale].tag;
  return (
    <ol className="divide-y divide-line">
      {releases.map((release) => (
        <li key={release.slug} className="py-5">
          <article>
            <Heading className="text-lg font-semibold leading-snug">
              <SiteLink href={routes.release(release.slug)} className="text-link underline-offset-4 hover:underline">
                <Words text={release.title} lang={lang} />
              </SiteLink>
            </Heading>
            <p className="mt-1 flex flex-wrap items-center gap-3 text-sm text-muted">
              <ReleaseDate day={release.day} />
              {release.updated && <span>{t('updated', { date: formatDay(release.updated, locale) })}</span>}
              {release.onlyIn && (
                <span className="rounded border border-line px-2 py-0.5 text-xs font-medium">{t('onlyIn', { language: tLanguages(release.onlyIn) })}</span>
              )}
            </p>
            {/* Only when the CMS gave neither a description nor a body is the summary the title again. */}
            {release.summary !== release.title && <p className="mt-2">{release.summary}</p>}
          </article>
        </li>
      ))}
    </ol>
  );
}
