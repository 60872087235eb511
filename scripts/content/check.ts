/**
 * `npm run check:content`: checks the CMS export without building anything.
 * One line per problem, errors first; exits 1 when there is any error.
 */
import { checkContent } from '../../lib/content/check';
import { readOptions } from '../../lib/content/options';
import { contentDir } from '../../lib/content/store/location';
import { reportProblems } from './report';

const failed = reportProblems(await checkContent({ ...readOptions(), contentDir: contentDir() }), contentDir());
process.exit(failed ? 1 : 0);
