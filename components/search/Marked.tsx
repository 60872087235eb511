import type { Part } from '@/lib/search/marks';

/** Text with the words that matched in `<mark>`. */
export function Marked({ parts }: { parts: readonly Part[] }) {
  return <>{parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}</>;
}
