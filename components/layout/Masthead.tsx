import { getTranslations } from 'next-intl/server';

/**
 * Singapore's official government masthead: "A Singapore Government Agency
 * Website", and how to tell an official site from a fake one. A `<details>`
 * element, so it opens without JavaScript.
 */
export async function Masthead() {
  const t = await getTranslations('Masthead');
  return (
    <div className="bg-masthead text-sm text-masthead-ink print:hidden">
      <details className="mx-auto max-w-5xl px-4">
        <summary className="flex cursor-pointer flex-wrap items-center gap-x-2 py-1.5">
          <svg aria-hidden="true" width="20" height="14" viewBox="0 0 20 14" className="shrink-0">
            <rect width="20" height="7" fill="#ef3340" />
            <rect y="7" width="20" height="7" fill="#ffffff" />
            <circle cx="5.5" cy="3.5" r="2.5" fill="#ffffff" />
            <circle cx="6.6" cy="3.5" r="2.3" fill="#ef3340" />
          </svg>
          <span>{t('label')}</span>
          <span className="link">{t('identify')}</span>
        </summary>
        <div className="grid gap-4 pb-4 pt-2 sm:grid-cols-2">
          <div>
            <p className="font-semibold">{t('domainTitle')}</p>
            <p>{t('domainBody')}</p>
          </div>
          <div>
            <p className="font-semibold">{t('httpsTitle')}</p>
            <p>{t('httpsBody')}</p>
          </div>
        </div>
      </details>
    </div>
  );
}
