import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { Link } from '@/i18n/navigation';
import { getYears } from '@/lib/content';
import { routes } from '@/lib/routes';

/** The archive by year, with counts. */
export async function YearLinks({ locale, headingLevel: Heading = 'h2' }: { locale: Locale; headingLevel?: 'h2' | 'h3' }) {
  const t = await getTranslations({ locale, namespace: 'Listing' });
  const years = getYears(locale);
  if (!years.length) return null;
  return (
    <nav aria-labelledby="years-heading" className="mt-10">
      <Heading id="years-heading" className="text-xl font-semibold">
        {t('years')}
      </Heading>
      <ul className="mt-3 flex flex-wrap gap-3">
        {years.map(({ year, count }) => (
          <li key={year}>
            <Link href={routes.year(year)} className="text-link underline underline-offset-4">
              {t('yearCount', { year, count })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
