import { getLocale, getTranslations } from 'next-intl/server';
import { TextLink } from '@/components/ui/TextLink';
import { Words } from '@/components/ui/Words';
import { localeConfig, type Locale } from '@/i18n/locales';
import { routes } from '@/lib/routes/paths';
import { topicName } from '@/lib/site/topics';
import type { ReleaseView } from '@/lib/views/release';
import { ReleaseDate } from './ReleaseDate';

/** Below a release: its topics, the newer and older release, and related ones. Nothing when there is none. */
export async function ReleaseNav({ view }: { view: Extract<ReleaseView, { kind: 'release' }> }) {
  const { release, neighbours, related } = view;
  if (!release.topics.length && !neighbours.newer && !neighbours.older && !related.length) return null;
  const t = await getTranslations('ReleaseNav');
  const locale = (await getLocale()) as Locale;
  const lang = localeConfig[locale].tag;
  return (
    <aside aria-label={t('label')} className="mx-auto mt-12 max-w-3xl space-y-8 border-t border-line pt-8 print:hidden">
      {release.topics.length > 0 && (
        <nav aria-labelledby="release-topics">
          <h2 id="release-topics" className="text-lg font-semibold">
            {t('topics')}
          </h2>
          <ul className="mt-2 flex flex-wrap gap-3">
            {release.topics.map((topic) => (
              <li key={topic}>
                <TextLink href={routes.topic(topic)}>{topicName(topic, locale)}</TextLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {(neighbours.newer || neighbours.older) && (
        <nav aria-label={t('sequence')}>
          <ul className="grid gap-4 sm:grid-cols-2">
            {neighbours.newer && (
              <li>
                <span className="block text-sm text-muted">← {t('newer')}</span>
                <TextLink href={routes.release(neighbours.newer.slug)} rel="prev">
                  <Words text={neighbours.newer.title} lang={lang} />
                </TextLink>
              </li>
            )}
            {neighbours.older && (
              <li className="sm:col-start-2 sm:text-right">
                <span className="block text-sm text-muted">{t('older')} →</span>
                <TextLink href={routes.release(neighbours.older.slug)} rel="next">
                  <Words text={neighbours.older.title} lang={lang} />
                </TextLink>
              </li>
            )}
          </ul>
        </nav>
      )}
      {related.length > 0 && (
        <section aria-labelledby="related-releases">
          <h2 id="related-releases" className="text-lg font-semibold">
            {t('related')}
          </h2>
          <ul className="mt-2 space-y-2">
            {related.map((other) => (
              <li key={other.slug}>
                <TextLink href={routes.release(other.slug)}>
                  <Words text={other.title} lang={lang} />
                </TextLink>{' '}
                <span className="text-sm text-muted">
                  (<ReleaseDate day={other.day} />)
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}
