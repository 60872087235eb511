import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { Link } from '@/i18n/navigation';
import type { Release } from '@/lib/content';
import { routes } from '@/lib/routes';
import { ReleaseDate } from './ReleaseDate';
import { ReleaseNav } from './ReleaseNav';

export async function ReleaseArticle({ release, locale }: { release: Release; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Release' });
  return (
    <>
      <article className="mx-auto max-w-3xl">
        <header className="mb-8">
          <h1 className="text-3xl font-bold leading-tight text-balance sm:text-4xl">{release.title}</h1>
          <p className="mt-3 text-muted">
            <span className="sr-only">{t('published')}: </span>
            <ReleaseDate day={release.date} locale={locale} />
          </p>
        </header>
        {/* Sanitized at build time against an allow-list (lib/body). */}
        <div className="prose prose-release max-w-none" dangerouslySetInnerHTML={{ __html: release.html }} />
        <p className="mt-12 print:hidden">
          <Link href={routes.releases()} className="text-link underline underline-offset-4">
            {t('backToList')}
          </Link>
        </p>
      </article>
      <ReleaseNav release={release} locale={locale} />
    </>
  );
}
