import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { Link } from '@/i18n/navigation';
import { getNeighbours, getRelated, type Release } from '@/lib/content';
import { routes } from '@/lib/routes';
import { topicName } from '@/lib/topics';
import { ReleaseDate } from './ReleaseDate';

/** Below a release: its topics, the newer and older release, and related ones. */
export async function ReleaseNav({ release, locale }: { release: Release; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'ReleaseNav' });
  const { newer, older } = getNeighbours(release);
  const related = getRelated(release);
  return (
    <aside className="mx-auto mt-12 max-w-3xl space-y-8 border-t border-line pt-8 print:hidden">
      {release.topics.length > 0 && (
        <nav aria-labelledby="release-topics">
          <h2 id="release-topics" className="text-lg font-semibold">
            {t('topics')}
          </h2>
          <ul className="mt-2 flex flex-wrap gap-3">
            {release.topics.map((topic) => (
              <li key={topic}>
                <Link href={routes.topic(topic)} className="text-link underline underline-offset-4">
                  {topicName(topic, locale)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {(newer || older) && (
        <nav aria-label={t('label')}>
          <ul className="grid gap-4 sm:grid-cols-2">
            {newer && (
              <li>
                <span className="block text-sm text-muted">← {t('newer')}</span>
                <Link href={routes.release(newer.slug)} rel="prev" className="text-link underline underline-offset-4">
                  {newer.title}
                </Link>
              </li>
            )}
            {older && (
              <li className="sm:col-start-2 sm:text-right">
                <span className="block text-sm text-muted">{t('older')} →</span>
                <Link href={routes.release(older.slug)} rel="next" className="text-link underline underline-offset-4">
                  {older.title}
                </Link>
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
                <Link href={routes.release(other.slug)} className="text-link underline underline-offset-4">
                  {other.title}
                </Link>{' '}
                <span className="text-sm text-muted">
                  (<ReleaseDate day={other.date} locale={locale} />)
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}
