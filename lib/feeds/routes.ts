import { getTranslations } from 'next-intl/server';
import { isLocale, type Locale } from '../../i18n/locales';
import { currentModel } from '../content';
import { cacheControl } from '../host/cache-control';
import { listingText } from '../listings/text';
import { staticParams } from '../routes/static-params';
import type { FeedFormat } from '../routes/paths';
import { site } from '../site/config';
import { isTopic, type Topic } from '../site/topics';
import { feedContentTypes, feedDocument, renderFeed } from '.';

async function feedText(locale: Locale, topic?: Topic) {
  const t = await getTranslations({ locale, namespace: 'Feeds' });
  const agency = site.agency.name[locale];
  const generator = (await getTranslations({ locale, namespace: 'Site' }))('name');
  if (!topic) return { title: t('title', { agency }), description: t('description', { agency }), generator };
  const { title, description } = await listingText(locale, { kind: 'topic', topic });
  return { title: t('topicTitle', { agency, topic: title }), description, generator };
}

const notFound = () => new Response('Not found', { status: 404 });

async function feedResponse(locale: Locale, format: FeedFormat, topic?: Topic) {
  const model = currentModel();
  const body = renderFeed(await feedDocument(model, locale, await feedText(locale, topic), topic), format);
  return new Response(body, { headers: { 'Content-Type': feedContentTypes[format], 'Cache-Control': cacheControl.document } });
}

/** `generateStaticParams` and `GET` of `/[locale]/<feed file>`: each rendered once per locale at build time. */
export function localeFeedRoute(format: FeedFormat) {
  return {
    generateStaticParams: () => staticParams('feed', ['locale'], { format }),
    GET: async (_request: Request, { params }: { params: Promise<{ locale: string }> }) => {
      const { locale } = await params;
      return isLocale(locale) ? feedResponse(locale, format) : notFound();
    },
  };
}

/** The same for `/[locale]/topics/[topic]/<feed file>`: only topics with releases have feeds. */
export function topicFeedRoute(format: FeedFormat) {
  return {
    generateStaticParams: () => staticParams('topic-feed', ['locale', 'topic'], { format }),
    GET: async (_request: Request, { params }: { params: Promise<{ locale: string; topic: string }> }) => {
      const { locale, topic } = await params;
      if (
        !isLocale(locale) ||
        !isTopic(topic) ||
        !currentModel()
          .topics(locale)
          .some((t) => t.topic === topic)
      )
        return notFound();
      return feedResponse(locale, format, topic);
    },
  };
}
