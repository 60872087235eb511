// Preloaded (NODE_OPTIONS) into every Node process of one static publish by e2e/publish/static.spec.ts:
// `next build` fails as it starts, as it would on a full disk or a crash; the publisher itself runs as usual.
import { realpathSync } from 'node:fs';

const [, script, command] = process.argv;
if (script && command === 'build' && /next[\\/]dist[\\/]bin[\\/]next$/.test(realpathSync(script))) {
  console.error('next build failed (e2e/publish/next-build-fails.mjs)');
  process.exit(1);
}
