import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { site } from '@/lib/site/config';

/** Who journalists call about a release: on the page and on its printout. */
export async function MediaContact() {
  const t = await getTranslations('Release');
  const locale = (await getLocale()) as Locale;
  const contact = site.agency.mediaContact;
  const tel = (number: string) => `tel:${number.replace(/\s/g, '')}`;
  return (
    <section aria-labelledby="media-contact" className="mt-10 border-t border-line pt-6 text-sm">
      <h2 id="media-contact" className="text-base font-semibold">
        {t('mediaContact')}
      </h2>
      <p className="mt-1">{contact.name[locale]}</p>
      <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3">
        <dt>{t('email')}</dt>
        <dd>
          <a href={`mailto:${contact.email}`} className="link inline-flex min-h-6 items-center">
            {contact.email}
          </a>
        </dd>
        <dt>{t('phone')}</dt>
        <dd>
          <a href={tel(contact.phone)} className="link inline-flex min-h-6 items-center">
            {contact.phone}
          </a>
        </dd>
        <dt>{t('afterHours')}</dt>
        <dd>
          <a href={tel(contact.afterHours)} className="link inline-flex min-h-6 items-center">
            {contact.afterHours}
          </a>
        </dd>
      </dl>
    </section>
  );
}
