import { getTranslations } from 'next-intl/server';
import { TextLink } from '@/components/ui/TextLink';
import { routes } from '@/lib/routes/paths';

/** The archive by year, with counts. */
export async function YearLinks({ years }: { years: readonly { year: string; count: number }[] }) {
  if (!years.length) return null;
  const t = await getTranslations('Listing');
  return (
    <nav aria-labelledby="years-heading" className="mt-10">
      <h2 id="years-heading" className="text-xl font-semibold">
        {t('years')}
      </h2>
      <ul className="mt-3 flex flex-wrap gap-3">
        {years.map(({ year, count }) => (
          <li key={year}>
            <TextLink href={routes.year(year)}>{t('yearCount', { year, count })}</TextLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
