import { localeConfig, locales } from '@/i18n/locales';
import { messages } from '@/i18n/messages';
import { localePath, routes } from '@/lib/routes/paths';
import './globals.css';

/**
 * Last resort for paths the proxy does not see (it answers every other miss
 * with the prerendered 404 in the reader's language). With no locale to go
 * by it speaks every language, each marked with `lang`. Next embeds this file
 * in every page's payload, so it stays tiny and touches no request-scoped
 * i18n state.
 */
export default function GlobalNotFound() {
  return (
    <html lang={localeConfig.en.tag}>
      <body>
        <main className="mx-auto max-w-3xl space-y-8 px-4 py-16">
          {locales.map((locale) => (
            <section key={locale} lang={localeConfig[locale].tag}>
              <h1 className="text-2xl font-bold">{messages[locale].NotFound.title}</h1>
              <p className="mt-2">
                <a href={localePath(locale, routes.home())} className="link">
                  {messages[locale].NotFound.home}
                </a>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
