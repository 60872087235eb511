import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { SiteLink } from '@/components/ui/SiteLink';
import { listingPath } from '@/lib/listings';
import { rangeText } from '@/lib/listings/text';
import type { ListingView } from '@/lib/views/listing';

const linkClass = 'inline-flex min-h-11 flex-col justify-center rounded border border-line px-4 py-2 underline-offset-4 hover:underline';

/**
 * Newer and older pages, each named by the dates it covers. No "page 3 of
 * 40": pages keep their contents as the archive grows (lib/listings), and a
 * count that changes with every release would change every page.
 */
export async function Pagination({ view }: { view: ListingView }) {
  if (!view.newer && !view.older) return null;
  const t = await getTranslations('Pagination');
  const locale = (await getLocale()) as Locale;
  const link = async (target: NonNullable<ListingView['newer']>, rel: 'prev' | 'next') => (
    <SiteLink href={listingPath(view.listing, target.page)} rel={rel} className={linkClass}>
      <span className="font-medium">{rel === 'prev' ? `← ${t('newer')}` : `${t('older')} →`}</span>
      {target.range && <span className="text-sm text-muted">{await rangeText(locale, target.range)}</span>}
    </SiteLink>
  );
  return (
    <nav aria-label={t('label')} className="mt-10 print:hidden">
      <ul className="flex flex-wrap justify-between gap-3">
        <li>{view.newer && (await link(view.newer, 'prev'))}</li>
        <li className="text-right">{view.older && (await link(view.older, 'next'))}</li>
      </ul>
    </nav>
  );
}
