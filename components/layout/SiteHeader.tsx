import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { Link } from '@/i18n/navigation';
import { routes } from '@/lib/routes';
import { HeaderSearch } from './HeaderSearch';
import { LanguageSwitch } from './LanguageSwitch';

type Props = { locale: Locale; path: string; switchPaths?: Partial<Record<Locale, string>> };

export async function SiteHeader({ locale, path, switchPaths }: Props) {
  const t = await getTranslations({ locale, namespace: 'Header' });
  const tSite = await getTranslations({ locale, namespace: 'Site' });
  return (
    <header className="border-b border-line bg-surface print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link href={routes.home()} className="text-xl font-bold tracking-tight">
          {tSite('name')}
        </Link>
        <nav aria-label={t('navLabel')}>
          <ul className="flex gap-4">
            <li>
              <Link href={routes.home()} className="underline-offset-4 hover:underline">
                {t('home')}
              </Link>
            </li>
            <li>
              <Link href={routes.releases()} className="underline-offset-4 hover:underline">
                {t('pressReleases')}
              </Link>
            </li>
            <li>
              <Link href={routes.topics()} className="underline-offset-4 hover:underline">
                {t('topics')}
              </Link>
            </li>
          </ul>
        </nav>
        <div className="flex flex-wrap items-center gap-4">
          <HeaderSearch locale={locale} />
          <LanguageSwitch locale={locale} path={path} switchPaths={switchPaths} />
        </div>
      </div>
    </header>
  );
}
