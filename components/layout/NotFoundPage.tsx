import { getTranslations } from 'next-intl/server';
import { TextLink } from '@/components/ui/TextLink';
import { routes } from '@/lib/routes/paths';
import { PageShell } from './PageShell';

/** The localized 404 body: the proxy and static hosts answer every unknown path with it. */
export async function NotFoundPage() {
  const t = await getTranslations('NotFound');
  return (
    <PageShell path={routes.home()}>
      <div className="mx-auto max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p>{t('description')}</p>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <TextLink href={routes.home()}>{t('home')}</TextLink>
          </li>
          <li>
            <TextLink href={routes.releases()}>{t('list')}</TextLink>
          </li>
          <li>
            <TextLink href={routes.search()}>{t('search')}</TextLink>
          </li>
        </ul>
      </div>
    </PageShell>
  );
}
