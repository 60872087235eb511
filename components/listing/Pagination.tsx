import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { Link } from '@/i18n/navigation';
import { listingPath, type Listing } from '@/lib/listings';
import { pageWindow } from '@/lib/pagination';

type Props = { locale: Locale; listing: Listing; page: number; total: number };

const linkClass = 'inline-block min-w-11 rounded border border-line px-3 py-2 text-center underline-offset-4 hover:underline';

/** Previous/next and numbered page links; plain links with rel and aria-current. */
export async function Pagination({ locale, listing, page, total }: Props) {
  if (total <= 1) return null;
  const t = await getTranslations({ locale, namespace: 'Pagination' });
  return (
    <nav aria-label={t('label')} className="mt-10 print:hidden">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <Link href={listingPath(listing, page - 1)} rel="prev" className={linkClass}>
              ← {t('previous')}
            </Link>
          </li>
        )}
        {pageWindow(page, total).map((item, index) =>
          item === 'gap' ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1">
              …
            </li>
          ) : (
            <li key={item}>
              <Link
                href={listingPath(listing, item)}
                aria-current={item === page ? 'page' : undefined}
                aria-label={t('page', { page: item })}
                className={`${linkClass} ${item === page ? 'bg-ink font-bold text-canvas' : ''}`}
              >
                {item}
              </Link>
            </li>
          ),
        )}
        {page < total && (
          <li>
            <Link href={listingPath(listing, page + 1)} rel="next" className={linkClass}>
              {t('next')} →
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
