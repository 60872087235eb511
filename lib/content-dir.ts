import path from 'node:path';

/**
 * Where the CMS export lives. An agency keeps its content in its own
 * repository and points CONTENT_DIR at it; tests point it at fixtures.
 */
export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR?.trim() || 'content');
}
