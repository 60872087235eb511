import { getLocale, getTranslations } from 'next-intl/server';
import { FeedLinks } from '@/components/layout/FeedLinks';
import { PageShell } from '@/components/layout/PageShell';
import { ReleaseList } from '@/components/releases/ReleaseList';
import { TextLink } from '@/components/ui/TextLink';
import { localeConfig, type Locale } from '@/i18n/locales';
import { listingPath } from '@/lib/listings';
import { listingText, rangeText } from '@/lib/listings/text';
import { routes } from '@/lib/routes/paths';
import { absoluteUrl } from '@/lib/routes/absolute';
import type { ListingView } from '@/lib/views/listing';
import { Pagination } from './Pagination';
import { TopicLinks } from './TopicLinks';
import { YearLinks } from './YearLinks';

/** One page of a listing (all releases, a year, a topic), with its navigation. */
export async function ListingPage({ view }: { view: ListingView }) {
  const t = await getTranslations('Listing');
  const tLanguages = await getTranslations('Languages');
  const locale = (await getLocale()) as Locale;
  const { title } = await listingText(locale, view.listing);
  const range = view.page && view.range ? await rangeText(locale, view.range) : undefined;
  const { listing } = view;
  return (
    <PageShell
      path={listingPath(listing, view.page)}
      switchPaths={view.switchPaths}
      section={listing.kind === 'topic' ? 'topics' : 'releases'}
      lastUpdated={view.lastUpdated}
    >
      {/* React hoists these into <head>: the listing's sequence for crawlers. */}
      {view.newer && <link rel="prev" href={absoluteUrl(locale, listingPath(listing, view.newer.page))} />}
      {view.older && <link rel="next" href={absoluteUrl(locale, listingPath(listing, view.older.page))} />}
      <h1 className="text-3xl font-bold sm:text-4xl">
        {title}
        {range && <span className="mt-1 block text-xl font-semibold text-muted">{range}</span>}
      </h1>
      {view.total !== undefined && <p className="mt-2 text-muted">{t('count', { count: view.total })}</p>}
      {listing.kind === 'topic' && (
        <div className="mt-3">
          <FeedLinks topic={listing.topic} label={t('topicFeeds')} />
        </div>
      )}
      {view.items.length ? (
        <ReleaseList releases={view.items} />
      ) : (
        <div className="mt-6 space-y-2">
          <p>{t('empty')}</p>
          {view.elsewhere?.map((other) => (
            <p key={other}>
              <TextLink href={listingPath(listing)} locale={other} hrefLang={localeConfig[other].tag}>
                {t('readIn', { language: tLanguages(other) })}
              </TextLink>
            </p>
          ))}
          {listing.kind !== 'all' && (
            <p>
              <TextLink href={routes.releases()}>{t('allLink')}</TextLink>
            </p>
          )}
        </div>
      )}
      <Pagination view={view} />
      {view.years && <YearLinks years={view.years} />}
      {view.topics && <TopicLinks topics={view.topics} />}
    </PageShell>
  );
}
