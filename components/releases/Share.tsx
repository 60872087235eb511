import { getTranslations } from 'next-intl/server';
import { shareLinks } from '@/lib/share/links';
import { qrCode } from '@/lib/share/qr';
import { ShareCopyLink } from './ShareCopyLink';
import { ShareQr } from './ShareQr';

type Props = {
  /** The page's absolute canonical URL. */
  url: string;
  title: string;
};

const pill = 'inline-block rounded border border-line px-3 py-1.5 text-sm font-medium text-link hover:bg-masthead';

/**
 * Sharing a release with no third party on the page: plain links to each
 * platform's share page (nothing of theirs loads until the reader follows
 * one), a copy button where the browser can copy, and a QR code of the
 * address: on request on screen (`<details>`, no script), always on paper.
 * Shows only the page's URL and title, both from the release view.
 */
export async function Share({ url, title }: Props) {
  const t = await getTranslations('Share');
  const qr = qrCode(url);
  return (
    <section aria-labelledby="share-heading" className="mt-10 border-t border-line pt-6 print:border-0 print:pt-0">
      <h2 id="share-heading" className="text-base font-semibold print:hidden">
        {t('heading')}
      </h2>
      <ul className="mt-3 flex flex-wrap items-center gap-2 print:hidden">
        {shareLinks({ url, title }).map(({ platform, href, newTab }) => (
          <li key={platform}>
            <a href={href} className={pill} target={newTab ? '_blank' : undefined} rel="noopener noreferrer">
              {t(`platforms.${platform}`)}
              {newTab && <span className="sr-only"> {t('newTab')}</span>}
            </a>
          </li>
        ))}
        <ShareCopyLink url={url} className={`${pill} cursor-pointer`} labels={{ copy: t('copy'), copied: t('copied'), failed: t('copyFailed') }} />
      </ul>
      {/* One code for both media: shown on request on screen, always on paper (globals.css opens it for print). */}
      <details className="print-open group mt-4">
        <summary className="inline-flex cursor-pointer items-center gap-1.5 text-sm text-link">
          <span aria-hidden="true" className="inline-block group-open:rotate-90 motion-safe:transition-transform">
            ▸
          </span>
          <span className="underline underline-offset-4">{t('showQr')}</span>
        </summary>
        <figure className="mt-3 flex flex-wrap items-center gap-4 break-inside-avoid">
          <ShareQr qr={qr} label={t('qrLabel')} className="size-44 shrink-0 print:size-[3.5cm]" />
          <figcaption className="text-sm text-muted">{t('qrHint')}</figcaption>
        </figure>
      </details>
    </section>
  );
}
