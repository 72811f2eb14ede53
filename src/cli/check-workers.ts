import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { FileResult, FormatName, RunSummary } from '../engine/format/types';
import { CHECK_WORKER_ENV } from './worker-env';

/** What a check worker needs to judge files as the main thread would. */
export interface CheckWorkerData {
  readonly role: 'check';
  readonly asOf: string;
  readonly pack?: readonly string[];
  readonly extraPack: readonly string[];
  readonly maxFileSize?: number;
  readonly quiet?: boolean;
  /** When set, the worker returns each file's output text (for formats made per file) instead of the result. */
  readonly fragments?: { readonly format: FormatName; readonly color: boolean; readonly verbose: boolean };
}

/**
 * A judged file as it comes back: its result, or its output text with its counts; and its
 * warnings before --quiet left them out (they still count against --max-warnings).
 */
export type Judged = ({ readonly result: FileResult } | { readonly fragment: string; readonly counts: RunSummary }) & { readonly warnings: number };

type Reply = ({ readonly index: number } & Judged) | { readonly index: number; readonly crash: string };

/**
 * Each worker's young generation, in MB: measured on 10,000 proposals, 8 MB was both faster
 * and 20 MB lighter than V8's default; 4 MB collected too often.
 */
const YOUNG_GENERATION_MB = 8;

/** Files sent ahead to each worker: keeps both cores busy without holding many results. */
const AHEAD = 32;

/** From this many files, a 2-core machine judges them on two workers (see {@link workerCount}). */
export const TWO_CORE_WORKER_FILES = 40_000;

/**
 * How many worker threads a run of `files` files gets. `auto`: from 500 files, one per core
 * but the main thread's (it reads the replies and writes the report), at most 4, on 3 or more
 * cores. On two cores, two workers from {@link TWO_CORE_WORKER_FILES} files, none below; on one
 * core none. Measured on a 2-core VM (3 interleaved rounds of `check -f json -o`, CPU time as
 * user + system, the machine shared, so wall times are spread): 500 files, the main thread
 * 1.1 to 1.2 s CPU, 2 workers 1.8 to 1.9 s (1.6 ×) and no faster; 5,000 files, 4.3 to 4.5 s against
 * 6.7 to 7.4 s (1.5 ×) and slower (10.8 to 19.1 s wall against 19.7 to 22.4 s); 40,000 files,
 * 24.5 to 30.3 s CPU against 25.9 to 28.9 s (the same) and faster in every round (72.6 to
 * 123.7 s wall against 35.4 to 77.0 s). The dedicated run found workers 1.25 × slower
 * at 500 files and at most 1.2 × faster at 40,000. A number asks for that many (1: judge on
 * the main thread).
 */
export function workerCount(files: number, concurrency: 'auto' | number = 'auto', cores = availableParallelism()): number {
  if (concurrency !== 'auto') return concurrency <= 1 ? 0 : Math.min(concurrency, files);
  if (files < 500 || cores <= 1) return 0;
  if (cores === 2) return files >= TWO_CORE_WORKER_FILES ? 2 : 0;
  return Math.min(cores - 1, 4);
}

/**
 * Judges files on worker threads (one process, several cores) and hands each one back to
 * `onResult` in the order of `files`, holding only those that arrive early. Entries of
 * `ready` (by index) are already judged and go out in their place.
 */
export async function judgeOnWorkers(
  files: readonly string[],
  count: number,
  data: CheckWorkerData,
  onResult: (judged: Judged) => Promise<void>,
  onCrash: (file: string, message: string) => Judged,
  ready: ReadonlyMap<number, Judged> = new Map(),
): Promise<void> {
  // Loaded only for a run on workers (see src/cli/main.ts). A worker starts from the launcher,
  // which runs the bundle (cli-main.cjs defines nothing when loaded otherwise).
  const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
  const workers = Array.from({ length: count }, () => new Worker(join(__dirname, 'cli.cjs'), { workerData: data, env: { ...process.env, [CHECK_WORKER_ENV]: 'check' }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }));
  const early = new Map<number, Judged>();
  let next = 0;
  let sent = 0;
  const inFlight = new Map<Worker, number>(workers.map((w) => [w, 0]));

  try {
    await new Promise<void>((resolve, reject) => {
      let flushing = Promise.resolve();
      const feed = (worker: Worker) => {
        while (sent < files.length && inFlight.get(worker)! < AHEAD) {
          const judged = ready.get(sent);
          if (judged) {
            early.set(sent++, judged);
            continue;
          }
          worker.postMessage({ index: sent, file: files[sent] });
          inFlight.set(worker, inFlight.get(worker)! + 1);
          sent++;
        }
      };
      const drain = async () => {
        while (early.has(next)) {
          const result = early.get(next)!;
          early.delete(next);
          next++;
          await onResult(result);
        }
        if (next === files.length) resolve();
      };
      for (const worker of workers) {
        worker.on('message', (reply: Reply) => {
          inFlight.set(worker, inFlight.get(worker)! - 1);
          early.set(reply.index, 'crash' in reply ? onCrash(files[reply.index]!, reply.crash) : reply);
          feed(worker);
          flushing = flushing.then(drain).catch(reject);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (next < files.length && code !== 0) reject(new Error(`a check worker stopped (exit code ${code})`));
        });
        feed(worker);
      }
      flushing = flushing.then(drain).catch(reject);
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
