import { workerData } from 'node:worker_threads';
import { generateRecords } from './contentlayer';

/** One worker of lib/content/store/contentlayer.ts: contentlayer2 over its folders, into its own working folder. */
const { workDir } = workerData as { workDir: string };
await generateRecords(workDir);
