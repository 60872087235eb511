import { getLocale, getTranslations } from 'next-intl/server';
import { localeConfig, locales, type Locale } from '@/i18n/locales';
import { site } from '@/lib/site/config';
import { formatBytes } from '@/lib/site/format';
import type { AttachmentView } from '@/lib/views/release';

/**
 * The documents a release links to, listed after its body: what each is,
 * how big, in which language, and how to ask for an accessible format.
 */
export async function Attachments({ attachments }: { attachments: AttachmentView[] }) {
  if (!attachments.length) return null;
  const t = await getTranslations('Attachments');
  const tLanguages = await getTranslations('Languages');
  const locale = (await getLocale()) as Locale;
  const languageOf = (tag: string) => locales.find((l) => localeConfig[l].tag === tag);
  const contact = site.agency.mediaContact;
  return (
    <section aria-labelledby="attachments-heading" className="mt-10 rounded border border-line p-5">
      <h2 id="attachments-heading" className="text-xl font-semibold">
        {t('heading')}
      </h2>
      <ul className="mt-3 space-y-3">
        {attachments.map((attachment) => {
          const language = languageOf(attachment.lang);
          return (
            <li key={attachment.url}>
              {/* The title is the body's link text, in the page's language: `hreflang` names the document's, `lang` stays the page's. */}
              <a href={attachment.url} className="link font-medium" hrefLang={attachment.lang}>
                {attachment.title}
              </a>
              <span className="block text-sm text-muted">
                {[
                  attachment.format,
                  attachment.size !== undefined ? formatBytes(attachment.size, locale) : undefined,
                  language ? tLanguages(language) : attachment.lang,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="mt-4 text-sm">
        {t.rich('accessible', {
          email: () => (
            <a href={`mailto:${contact.email}`} className="link">
              {contact.email}
            </a>
          ),
          phone: () => (
            <a href={`tel:${contact.phone.replace(/\s/g, '')}`} className="link">
              {contact.phone}
            </a>
          ),
        })}
      </p>
    </section>
  );
}
