import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { SiteLink } from '@/components/ui/SiteLink';
import { routes } from '@/lib/routes/paths';
import { site } from '@/lib/site/config';
import { HeaderSearch } from './HeaderSearch';
import { LanguageSwitch } from './LanguageSwitch';
import { Masthead } from './Masthead';

/** Which part of the site a page belongs to: its navigation item is marked as current. */
/** The navigation's sections; the search page is a section too, but reached from the header's search form. */
export type Section = 'home' | 'releases' | 'topics' | 'search';
type NavSection = Exclude<Section, 'search'>;

type Props = {
  path: string;
  switchPaths?: Partial<Record<Locale, string>>;
  section?: Section;
};

export async function SiteHeader({ path, switchPaths, section }: Props) {
  const t = await getTranslations('Header');
  const tSite = await getTranslations('Site');
  const locale = (await getLocale()) as Locale;
  const items: { key: NavSection; href: string }[] = [
    { key: 'home', href: routes.home() },
    { key: 'releases', href: routes.releases() },
    { key: 'topics', href: routes.topics() },
  ];
  return (
    <header className="print:hidden">
      {site.agency.masthead === 'sg-gov' && <Masthead />}
      <div className="bg-brand text-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4">
          <SiteLink href={routes.home()} className="flex items-center gap-3">
            {/* The agency's name follows as text; the logo adds nothing for a screen reader. An SVG of 40 px:
                next/image would only add a wrapper and a loader for nothing to optimize. */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={site.agency.logo} alt="" width={40} height={40} className="h-10 w-10" />
            <span className="flex flex-col leading-tight">
              <span className="text-sm">{site.agency.name[locale]}</span>
              <span className="text-xl font-bold tracking-tight">{tSite('name')}</span>
            </span>
          </SiteLink>
          <div className="flex flex-wrap items-center gap-4">
            {section !== 'search' && <HeaderSearch />}
            <LanguageSwitch path={path} switchPaths={switchPaths} />
          </div>
        </div>
      </div>
      <nav aria-label={t('navLabel')} className="border-b border-line bg-surface">
        <ul className="mx-auto flex max-w-5xl gap-6 px-4">
          {items.map((item) => (
            <li key={item.key}>
              <SiteLink
                href={item.href}
                // The page itself is "page"; a page inside the section (a release under press releases) is "true".
                aria-current={item.href === path ? 'page' : section === item.key ? 'true' : undefined}
                className="inline-block border-b-4 border-transparent py-2 font-medium underline-offset-4 hover:underline aria-[current]:border-brand"
              >
                {t(item.key)}
              </SiteLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
