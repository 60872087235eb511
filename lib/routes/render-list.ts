/**
 * The render list of a partial static build: the outputs `next build`
 * renders when the static publisher (scripts/static/build.ts) publishes into
 * an existing `out/`.
 *
 * The publisher starts `next build` before it knows them: Next's start and
 * its cached compile (about 2.5 s) run while the publisher brings the content
 * store up to date (up to a second at 10,000 releases). It then writes the
 * list, and each route's `generateStaticParams`, which Next calls only once
 * it has compiled, waits for it here.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Output } from './outputs';

/** An output as the list names it: enough for `generateStaticParams`, without the model. */
export type RenderEntry = Pick<Output, 'path' | 'route' | 'params'>;

const LIST = 'PORTAL_RENDER_ONLY';
const PUBLISHER = 'PORTAL_PUBLISHER_PID';
/** How often a waiting route looks for the list: a few milliseconds against the second it waits at most. */
const POLL_MS = 20;

/** The environment of a `next build` that renders the list `file` (written later by this process). */
export const renderListEnv = (file: string): Record<string, string> => ({ [LIST]: file, [PUBLISHER]: String(process.pid) });

/** Writes the list whole (a route never reads half of it). */
export function writeRenderList(file: string, entries: RenderEntry[]): void {
  writeFileSync(`${file}.partial`, JSON.stringify(entries));
  renameSync(`${file}.partial`, file);
}

function isRunning(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The outputs this build renders, when it is a partial build (undefined when it renders everything).
 * Waits for the publisher to write them; fails, rather than wait for ever, once the publisher has gone.
 */
export async function renderList(): Promise<readonly RenderEntry[] | undefined> {
  const file = process.env[LIST]?.trim();
  if (!file) return undefined;
  const publisher = Number(process.env[PUBLISHER]);
  while (!existsSync(file)) {
    if (publisher && !isRunning(publisher)) throw new Error(`The static publisher (process ${publisher}) stopped before it listed what to render in ${file}.`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return JSON.parse(readFileSync(file, 'utf8')) as RenderEntry[];
}
