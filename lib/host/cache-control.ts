/**
 * How long each kind of response may be kept. Pages, feeds and indexes are
 * revalidated on every use (a correction must be live in seconds; the
 * revalidation is a cheap 304 when nothing changed); hashed assets forever;
 * cards for an hour (social networks keep their own copy anyway).
 */
export const cacheControl = {
  immutable: 'public, max-age=31536000, immutable',
  document: 'public, max-age=0, must-revalidate',
  card: 'public, max-age=3600',
} as const;

export type CacheClass = keyof typeof cacheControl;
