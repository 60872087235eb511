import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { Link } from '@/i18n/navigation';
import { getAvailableLocales, type Release } from '@/lib/content';
import { routes } from '@/lib/routes';
import { ReleaseDate } from './ReleaseDate';

type Props = {
  releases: Release[];
  locale: Locale;
  /** Heading level of each item, so the list fits the page's outline. */
  headingLevel?: 'h2' | 'h3';
};

export async function ReleaseList({ releases, locale, headingLevel: Heading = 'h2' }: Props) {
  const t = await getTranslations({ locale, namespace: 'Listing' });
  const tLanguages = await getTranslations({ locale, namespace: 'Languages' });
  return (
    <ol className="divide-y divide-line">
      {releases.map((release) => {
        const untranslated = getAvailableLocales(release).length === 1;
        return (
          <li key={release.slug} className="py-5">
            <article>
              <Heading className="text-lg font-semibold leading-snug">
                <Link href={routes.release(release.slug)} className="text-link underline-offset-4 hover:underline">
                  {release.title}
                </Link>
              </Heading>
              <p className="mt-1 flex flex-wrap items-center gap-3 text-sm text-muted">
                <ReleaseDate day={release.date} locale={locale} />
                {untranslated && (
                  <span className="rounded border border-line px-2 py-0.5 text-xs font-medium">
                    {t('onlyIn', { language: tLanguages(release.locale) })}
                  </span>
                )}
              </p>
              {/* CMS descriptions often repeat the title; saying it twice helps nobody. */}
              {release.summary !== release.title && <p className="mt-2">{release.summary}</p>}
            </article>
          </li>
        );
      })}
    </ol>
  );
}
