import path from 'node:path';
import { formatProblem, type Problem } from '../../lib/content/check';

/** Prints problems one per line (errors first) and a summary; returns whether there was an error. */
export function reportProblems(problems: Problem[], contentDir: string): boolean {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  for (const problem of errors) console.error(`error   ${formatProblem(problem)}`);
  for (const problem of warnings) console.warn(`warning ${formatProblem(problem)}`);
  console.log(`content check: ${errors.length} error(s), ${warnings.length} warning(s) in ${path.relative(process.cwd(), contentDir) || '.'}`);
  return errors.length > 0;
}
