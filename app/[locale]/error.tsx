'use client';

import { useErrorMessages } from '@/components/layout/ErrorMessages';

/** Localized error boundary: its strings come from the layout, translated on the server. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useErrorMessages();
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-4 px-4 py-16">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p>{t.description}</p>
      <p className="flex gap-4">
        <button type="button" onClick={reset} className="rounded border border-line px-4 py-2 font-medium">
          {t.retry}
        </button>
        <a href={t.homeHref} className="link self-center">
          {t.home}
        </a>
      </p>
    </main>
  );
}
