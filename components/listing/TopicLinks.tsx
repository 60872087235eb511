import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { Link } from '@/i18n/navigation';
import { getReleasesOfTopic } from '@/lib/content';
import { routes } from '@/lib/routes';
import { topicName, topics } from '@/lib/topics';

/** Every topic with its number of releases in this language. */
export async function TopicLinks({ locale, headingLevel: Heading = 'h2' }: { locale: Locale; headingLevel?: 'h1' | 'h2' }) {
  const t = await getTranslations({ locale, namespace: 'Listing' });
  return (
    <nav aria-labelledby="topics-heading" className="mt-10">
      <Heading id="topics-heading" className={Heading === 'h1' ? 'text-3xl font-bold sm:text-4xl' : 'text-xl font-semibold'}>
        {t('topics')}
      </Heading>
      <ul className="mt-3 flex flex-wrap gap-3">
        {topics.map((topic) => (
          <li key={topic}>
            <Link href={routes.topic(topic)} className="text-link underline underline-offset-4">
              {t('topicCount', { topic: topicName(topic, locale), count: getReleasesOfTopic(locale, topic).length })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
