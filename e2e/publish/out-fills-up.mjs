// Preloaded (NODE_OPTIONS) into every Node process of one static publish by e2e/publish/static.spec.ts:
// in the publisher, the fourth file written into `out/` fails, as on a disk that fills up while it copies.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';

if (process.argv[1]?.endsWith(path.join('scripts', 'static', 'build.ts')) && process.env.NEXT_DIST_DIR) {
  const out = path.resolve(process.env.NEXT_DIST_DIR) + path.sep;
  const write = fs.writeFileSync;
  let writes = 0;
  fs.writeFileSync = function (file, ...rest) {
    if (typeof file === 'string' && path.resolve(file).startsWith(out) && ++writes > 3) {
      throw Object.assign(new Error(`ENOSPC: no space left on device, write '${file}'`), { code: 'ENOSPC' });
    }
    return write.call(this, file, ...rest);
  };
  syncBuiltinESMExports();
}
