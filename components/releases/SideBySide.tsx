import { getTranslations } from 'next-intl/server';
import { TextLink } from '@/components/ui/TextLink';
import { Words } from '@/components/ui/Words';
import { localeConfig } from '@/i18n/locales';
import type { ReleaseRecord } from '@/lib/content';
import { pairBlocks } from '@/lib/content/pairing';
import { routes } from '@/lib/routes/paths';
import { ReleaseDate } from './ReleaseDate';

/**
 * Both languages of a release in two columns, block by block: headings
 * with headings, lists with lists, paragraphs with paragraphs. On a phone
 * each pair stacks (left language first); printed, it keeps two columns.
 * A block without a counterpart is shown alone, in its place.
 */
export async function SideBySide({ left, right }: { left: ReleaseRecord; right: ReleaseRecord }) {
  const t = await getTranslations('Bilingual');
  const tLanguages = await getTranslations('Languages');
  const rows = pairBlocks(left.blocks, right.blocks);
  const unpaired = rows.filter((row) => !row.left || !row.right).length;
  const columns = [left, right].map((record) => ({ record, tag: localeConfig[record.locale].tag }));
  return (
    <article className="bilingual">
      <h1 className="text-3xl font-bold leading-tight">{t('title')}</h1>
      <p className="mt-2 text-muted">{t('description')}</p>
      {unpaired > 0 && <p className="mt-4 rounded border-l-4 border-accent bg-surface p-3">{t('unpaired', { count: unpaired })}</p>}
      <div className="bilingual-row mt-8 grid gap-x-8 gap-y-2 border-b border-line pb-4 md:grid-cols-2">
        {columns.map(({ record, tag }) => (
          <header key={record.locale}>
            <p lang={tag} className="text-sm font-semibold uppercase tracking-wide text-muted">
              {localeConfig[record.locale].endonym}
            </p>
            <h2 lang={tag} className="mt-1 text-xl font-bold leading-snug">
              <Words text={record.title} lang={tag} />
            </h2>
            <p lang={tag} className="mt-1 text-sm text-muted">
              <ReleaseDate day={record.published.day} time={record.published.time} iso={record.published.iso} locale={record.locale} />
            </p>
            <p className="mt-1 text-sm print:hidden">
              <TextLink href={routes.release(record.slug)} locale={record.locale} hrefLang={tag}>
                {t('readOne', { language: tLanguages(record.locale) })}
              </TextLink>
            </p>
          </header>
        ))}
      </div>
      <div className="prose prose-release max-w-none">
        {rows.map((row, index) => (
          <div key={index} className="bilingual-row grid gap-x-8 border-b border-line py-3 md:grid-cols-2">
            {columns.map(({ tag }, side) => {
              const block = side === 0 ? row.left : row.right;
              return block ? (
                // Sanitized at build time against an allow-list (lib/content/body).
                <div key={side} lang={tag} className={side === 1 ? 'md:col-start-2' : ''} dangerouslySetInnerHTML={{ __html: block.html }} />
              ) : (
                <p key={side} className="text-sm italic text-muted">
                  {t('noCounterpart')}
                </p>
              );
            })}
          </div>
        ))}
      </div>
    </article>
  );
}
