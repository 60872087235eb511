import { timingSafeEqual } from 'node:crypto';
import { refreshStore } from '@/lib/content/store/read';
import { revalidatePathsNow } from '@/lib/host/revalidate-now';

// A server only (a static export has no POST: next.config's pageExtensions leave this file out there).
export const dynamic = 'force-dynamic';

const MAX_PATHS = 100_000;

function authorized(request: Request): boolean {
  const token = process.env.PUBLISH_TOKEN;
  const given = request.headers.get('authorization')?.replace(/^Bearer\s+/i, '') ?? '';
  return Boolean(token) && given.length === token!.length && timingSafeEqual(Buffer.from(given), Buffer.from(token!));
}

/**
 * `POST /api/publish` (npm run publish calls it after updating the content
 * store): revalidates the given paths, so the next request for each renders
 * it again. The cache is shared (Redis), so every process serves the result;
 * it answers once the revalidations are written there, not before.
 */
export async function POST(request: Request) {
  if (!process.env.PUBLISH_TOKEN) return Response.json({ error: 'publishing is not enabled: set PUBLISH_TOKEN' }, { status: 503 });
  if (!authorized(request)) return Response.json({ error: 'unauthorized' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  const body = (await request.json().catch(() => undefined)) as { paths?: unknown } | undefined;
  const paths = Array.isArray(body?.paths) ? body.paths.filter((path): path is string => typeof path === 'string' && path.startsWith('/')) : undefined;
  if (!paths || paths.length > MAX_PATHS) return Response.json({ error: 'expected { "paths": ["/en/…", …] }' }, { status: 400 });
  // Read the new content now, rather than on this process's next look at the store.
  refreshStore();
  await revalidatePathsNow(paths);
  return Response.json({ revalidated: paths.length });
}
