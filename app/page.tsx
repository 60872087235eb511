import { defaultLocale, localeConfig, locales } from '@/i18n/locales';
import { messages } from '@/i18n/messages';
import './globals.css';

/**
 * `/` for static hosts (the server build's proxy answers `/` itself, by
 * Accept-Language): picks the reader's language from `navigator.languages`;
 * without scripts, a meta refresh sends them to English; and plain links
 * let anyone choose.
 */
const chooseLanguage = `(function(){var s=${JSON.stringify(locales)};var l=navigator.languages||[navigator.language||''];for(var i=0;i<l.length;i++){var p=String(l[i]).toLowerCase().split('-')[0];if(s.indexOf(p)>=0){location.replace('/'+p+'/');return}}location.replace('/${defaultLocale}/')})()`;

export default function LanguageChooser() {
  return (
    <html lang={localeConfig[defaultLocale].tag}>
      <head>
        <title>{locales.map((locale) => messages[locale].Site.name).join(' · ')}</title>
        <meta name="robots" content="noindex" />
        <link rel="canonical" href={`/${defaultLocale}/`} />
        <script dangerouslySetInnerHTML={{ __html: chooseLanguage }} />
        <noscript>
          <meta httpEquiv="refresh" content={`0; url=/${defaultLocale}/`} />
        </noscript>
      </head>
      <body>
        <main className="mx-auto max-w-3xl space-y-6 px-4 py-16">
          {locales.map((locale) => (
            <p key={locale} lang={localeConfig[locale].tag} className="text-xl">
              <a href={`/${locale}/`} hrefLang={localeConfig[locale].tag} className="text-link underline underline-offset-4">
                {messages[locale].Site.name}: {localeConfig[locale].endonym}
              </a>
            </p>
          ))}
        </main>
      </body>
    </html>
  );
}
