import { getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/layout/PageShell';
import { ReleaseList } from '@/components/releases/ReleaseList';
import type { Locale } from '@/i18n/locales';
import { listingPath, listingReleases, listingSwitchPaths, type Listing } from '@/lib/listings';
import { listingText } from '@/lib/listing-text';
import { localeUrl } from '@/lib/metadata';
import { pageCount, pageItems } from '@/lib/pagination';
import { FeedLinks } from './FeedLinks';
import { Pagination } from './Pagination';
import { TopicLinks } from './TopicLinks';
import { YearLinks } from './YearLinks';

type Props = { locale: Locale; listing: Listing; page?: number };

/** One page of a listing (all releases, a year, a topic), with its navigation. */
export async function ListingPage({ locale, listing, page = 1 }: Props) {
  const t = await getTranslations({ locale, namespace: 'ReleaseList' });
  const tPage = await getTranslations({ locale, namespace: 'Pagination' });
  const tListing = await getTranslations({ locale, namespace: 'Listing' });
  const releases = listingReleases(locale, listing);
  const total = pageCount(releases.length);
  const { title } = await listingText(locale, listing);
  return (
    <PageShell locale={locale} path={listingPath(listing, page)} switchPaths={listingSwitchPaths(listing, page)}>
      {/* React hoists these into <head>: the listing's sequence for crawlers. */}
      {page > 1 && <link rel="prev" href={localeUrl(locale, listingPath(listing, page - 1))} />}
      {page < total && <link rel="next" href={localeUrl(locale, listingPath(listing, page + 1))} />}
      <h1 className="text-3xl font-bold sm:text-4xl">{title}</h1>
      <p className="mt-2 text-muted">
        {t('count', { count: releases.length })}
        {total > 1 && <> · {tPage('pageOf', { page, total })}</>}
      </p>
      {listing.kind === 'topic' && (
        <div className="mt-3">
          <FeedLinks locale={locale} basePath={listingPath(listing)} label={tListing('topicFeeds')} />
        </div>
      )}
      {releases.length ? (
        <ReleaseList releases={pageItems(releases, page)} locale={locale} />
      ) : (
        <p className="mt-6">{t('empty')}</p>
      )}
      <Pagination locale={locale} listing={listing} page={page} total={total} />
      {listing.kind === 'all' && page === 1 && (
        <>
          <YearLinks locale={locale} />
          <TopicLinks locale={locale} />
        </>
      )}
    </PageShell>
  );
}
