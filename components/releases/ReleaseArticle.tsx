import { getLocale, getTranslations } from 'next-intl/server';
import { TextLink } from '@/components/ui/TextLink';
import { Words } from '@/components/ui/Words';
import { localeConfig, type Locale } from '@/i18n/locales';
import type { ReleaseRecord } from '@/lib/content';
import { routes } from '@/lib/routes/paths';
import { absoluteUrl } from '@/lib/routes/absolute';
import { issuers } from '@/lib/site/agency';
import { formatDay, formatList } from '@/lib/site/format';
import type { ReleaseView } from '@/lib/views/release';
import { Attachments } from './Attachments';
import { MediaContact } from './MediaContact';
import { ReleaseDate } from './ReleaseDate';
import { ReleaseNav } from './ReleaseNav';
import { Share } from './Share';
import { StaleNotice } from './StaleNotice';

type Props = { view: Extract<ReleaseView, { kind: 'release' }>; record: ReleaseRecord };

export async function ReleaseArticle({ view, record }: Props) {
  const t = await getTranslations('Release');
  const colon = (await getTranslations('Site'))('colon');
  const locale = (await getLocale()) as Locale;
  const { release } = view;
  const issuedBy = formatList(
    release.issuers.map((key) => issuers[key].name[locale]),
    locale,
  );
  return (
    <>
      <article className="mx-auto max-w-3xl">
        <header className="mb-8">
          <p className="text-sm font-semibold uppercase tracking-wide text-muted">
            <span className="sr-only">
              {t('issuedBy')}
              {colon}
            </span>
            {issuedBy}
          </p>
          <h1 className="mt-2 text-3xl font-bold leading-tight text-balance sm:text-4xl">
            <Words text={release.title} lang={localeConfig[locale].tag} />
          </h1>
          <p className="mt-3 text-muted">
            <span className="sr-only">
              {t('published')}
              {colon}
            </span>
            <ReleaseDate day={release.published.day} time={release.published.time} iso={release.published.iso} />
            {release.updated && (
              <>
                {' · '}
                <a href="#changes" className="link">
                  {t('updatedOn', { date: formatDay(release.updated.day, locale) })}
                </a>
              </>
            )}
          </p>
        </header>
        {view.stale && <StaleNotice stale={view.stale} />}
        {/* Sanitized at build time against an allow-list (lib/content/body). */}
        <div className="prose prose-release max-w-none" dangerouslySetInnerHTML={{ __html: record.html }} />
        <Attachments attachments={view.attachments} />
        {release.changes.length > 0 && (
          <section id="changes" aria-labelledby="changes-heading" className="mt-10">
            <h2 id="changes-heading" className="text-xl font-semibold">
              {t('changes')}
            </h2>
            <ol className="mt-3 space-y-2">
              {release.changes.map((change) => (
                <li key={change.at.iso}>
                  <ReleaseDate day={change.at.day} time={change.at.time} iso={change.at.iso} />
                  {change.note && (
                    <>
                      {colon}
                      {change.note}
                    </>
                  )}
                </li>
              ))}
            </ol>
          </section>
        )}
        <MediaContact />
        <p className="mt-6 hidden text-sm print:block">
          {t('address')}
          {colon}
          {absoluteUrl(locale, routes.release(release.slug))}
        </p>
        <Share url={absoluteUrl(locale, routes.release(release.slug))} title={release.title} />
        <p className="mt-10 flex flex-wrap gap-x-6 gap-y-2 print:hidden">
          <TextLink href={routes.releases()}>{t('backToList')}</TextLink>
          {view.available.length > 1 && <TextLink href={routes.bilingual(release.slug)}>{t('sideBySide')}</TextLink>}
        </p>
      </article>
      <ReleaseNav view={view} />
    </>
  );
}
