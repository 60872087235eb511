import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory of a process and all its descendants, from /proc (Linux). */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  let total = 0;
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
      rss.set(Number(entry), Number(fields[21]) * 4096);
    } catch {
      // the process ended while we looked
    }
  }
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export type RunResult = { ms: number; peakBytes: number; output: string; code: number };

/**
 * Runs a command and measures its wall time and the peak of the memory of
 * its whole process tree (sampled every 100 ms): the sum over Next's build
 * workers, not just the largest one.
 */
export function measure(command: string, args: string[], env: Record<string, string>): Promise<RunResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peakBytes = 0;
    const sampler = setInterval(() => (peakBytes = Math.max(peakBytes, treeRss(child.pid!))), 100);
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({ ms: performance.now() - started, peakBytes, output, code: code ?? 1 });
    });
  });
}
