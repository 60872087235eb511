'use client';

import { useState, useSyncExternalStore } from 'react';

type Props = {
  url: string;
  /** Already translated by the server parent: this leaf gets no message catalogue. */
  labels: { copy: string; copied: string; failed: string };
  className: string;
};

const noSubscription = () => () => {};
// The Clipboard API exists only in secure contexts (HTTPS, localhost).
const canCopy = () => window.isSecureContext && typeof navigator.clipboard?.writeText === 'function';
const onServer = () => false;

/**
 * Copies the page's address. The server renders nothing, and the browser
 * only adds the button once it knows the clipboard works: without
 * JavaScript, or where copying is impossible, there is no dead button. The
 * result is announced politely in the page's language; a new node per
 * attempt, so that copying twice is announced twice.
 */
export function ShareCopyLink({ url, labels, className }: Props) {
  const supported = useSyncExternalStore(noSubscription, canCopy, onServer);
  const [result, setResult] = useState<{ attempt: number; ok: boolean } | null>(null);
  if (!supported) return null;

  const copy = async () => {
    const attempt = (result?.attempt ?? 0) + 1;
    try {
      await navigator.clipboard.writeText(url);
      setResult({ attempt, ok: true });
    } catch {
      setResult({ attempt, ok: false });
    }
  };

  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <button type="button" onClick={copy} className={className}>
        {labels.copy}
      </button>
      <span role="status" className="text-sm text-muted">
        {result && <span key={result.attempt}>{result.ok ? labels.copied : labels.failed}</span>}
      </span>
    </li>
  );
}
