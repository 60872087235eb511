import { getLocale, getTranslations } from 'next-intl/server';
import { TextLink } from '@/components/ui/TextLink';
import type { Locale } from '@/i18n/locales';
import { routes } from '@/lib/routes/paths';
import { topicName, type Topic } from '@/lib/site/topics';

type Props = { topics: readonly { topic: Topic; count: number }[]; headingLevel?: 'h1' | 'h2' };

/** The topics that have releases in this language, with their counts: none is offered that leads nowhere. */
export async function TopicLinks({ topics, headingLevel: Heading = 'h2' }: Props) {
  if (!topics.length) return null;
  const t = await getTranslations('Listing');
  const locale = (await getLocale()) as Locale;
  return (
    <nav aria-labelledby="topics-heading" className="mt-10">
      <Heading id="topics-heading" className={Heading === 'h1' ? 'text-3xl font-bold sm:text-4xl' : 'text-xl font-semibold'}>
        {t('topics')}
      </Heading>
      <ul className="mt-3 flex flex-wrap gap-3">
        {topics.map(({ topic, count }) => (
          <li key={topic}>
            <TextLink href={routes.topic(topic)}>{t('topicCount', { topic: topicName(topic, locale), count })}</TextLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
