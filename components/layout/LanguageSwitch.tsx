import { getLocale, getTranslations } from 'next-intl/server';
import { localeConfig, locales, type Locale } from '@/i18n/locales';
import { SiteLink } from '@/components/ui/SiteLink';

type Props = {
  /** Locale-free path of this page; the counterpart lives at the same path… */
  path: string;
  /** …unless it does not exist there (a page one language lacks): then here. */
  switchPaths?: Partial<Record<Locale, string>>;
};

/**
 * Plain links (no JavaScript) to this page in the other languages. Each is
 * labelled in its own language and marked with `lang`/`hreflang`, so screen
 * readers pronounce "中文" as Chinese on an English page. The search page
 * carries the reader's query over (`data-language-switch`, SearchPanel).
 */
export async function LanguageSwitch({ path, switchPaths }: Props) {
  const t = await getTranslations('LanguageSwitch');
  const locale = (await getLocale()) as Locale;
  return (
    <nav aria-label={t('label')}>
      <ul className="flex gap-3">
        {locales
          .filter((other) => other !== locale)
          .map((target) => (
            <li key={target}>
              <SiteLink
                href={switchPaths?.[target] ?? path}
                locale={target}
                lang={localeConfig[target].tag}
                hrefLang={localeConfig[target].tag}
                data-language-switch=""
                className="rounded px-2 py-1 font-medium underline-offset-4 hover:underline"
              >
                {localeConfig[target].endonym}
              </SiteLink>
            </li>
          ))}
      </ul>
    </nav>
  );
}
