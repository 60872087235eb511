/**
 * `npm run check:content`: checks the CMS export before anything is built.
 * One line per problem, errors first; exits 1 when there is any error.
 */
import path from 'node:path';
import { checkContent, formatProblem } from '../lib/content-check';
import { contentDir } from '../lib/content-dir';
import { site } from '../lib/site';

const problems = checkContent({
  contentDir: contentDir(),
  publicDir: path.resolve('public'),
  legacyPathPrefixes: site.legacyPathPrefixes,
});
const errors = problems.filter((problem) => problem.severity === 'error');
const warnings = problems.filter((problem) => problem.severity === 'warning');

for (const problem of errors) console.error(`error   ${formatProblem(problem)}`);
for (const problem of warnings) console.warn(`warning ${formatProblem(problem)}`);
console.log(`content check: ${errors.length} error(s), ${warnings.length} warning(s) in ${path.relative(process.cwd(), contentDir()) || '.'}`);
process.exit(errors.length ? 1 : 0);
