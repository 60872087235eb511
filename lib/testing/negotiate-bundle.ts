import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeNegotiateBundle } from '../../scripts/content/negotiate-bundle';

/**
 * The negotiation bundle as the content build writes it (ES5, for njs and
 * browsers), built into a temporary data folder so no build's own is touched.
 */
export async function buildNegotiateBundle(): Promise<string> {
  const previous = process.env.PORTAL_DATA_DIR;
  const dir = mkdtempSync(path.join(tmpdir(), 'ut-negotiate-'));
  process.env.PORTAL_DATA_DIR = dir;
  try {
    return readFileSync(await writeNegotiateBundle(), 'utf8');
  } finally {
    if (previous === undefined) delete process.env.PORTAL_DATA_DIR;
    else process.env.PORTAL_DATA_DIR = previous;
    rmSync(dir, { recursive: true, force: true });
  }
}
