import { defaultLocale, localeConfig, locales } from '@/i18n/locales';
import { messages } from '@/i18n/messages';
import { negotiateBundle } from '@/lib/host/negotiate-bundle';
import { localePath, routes } from '@/lib/routes/paths';
import './globals.css';

/**
 * `/` for static hosts (a server, and nginx, answer `/` with a redirect by
 * Accept-Language): the same negotiation, run in the browser on
 * `navigator.languages`; without scripts, a meta refresh to the default
 * language; and plain links to every language.
 */
function chooseLanguage(): string {
  const header = 'navigator.languages.map(function(l,i){return l+";q="+Math.max(0.1,1-i/10).toFixed(2)}).join(",")';
  return `${negotiateBundle()};location.replace("/"+portalNegotiate(${header},${JSON.stringify(locales)},${JSON.stringify(defaultLocale)})+"/")`;
}

export default function LanguageChooser() {
  return (
    <html lang={localeConfig[defaultLocale].tag}>
      <head>
        <title>{locales.map((locale) => messages[locale].Site.name).join(' · ')}</title>
        <meta name="robots" content="noindex" />
        <link rel="canonical" href={localePath(defaultLocale, routes.home())} />
        <script dangerouslySetInnerHTML={{ __html: chooseLanguage() }} />
        <noscript>
          <meta httpEquiv="refresh" content={`0; url=${localePath(defaultLocale, routes.home())}`} />
        </noscript>
      </head>
      <body>
        <main className="mx-auto max-w-3xl space-y-6 px-4 py-16">
          {locales.map((locale) => (
            <p key={locale} lang={localeConfig[locale].tag} className="text-xl">
              <a href={localePath(locale, routes.home())} hrefLang={localeConfig[locale].tag} className="link">
                {messages[locale].Site.name}
                {messages[locale].Site.colon}
                {localeConfig[locale].endonym}
              </a>
            </p>
          ))}
        </main>
      </body>
    </html>
  );
}
