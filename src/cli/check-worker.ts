import { readDataFileSync } from '../node/read-file';
import { addToSummary, createFormatter, emptySummary } from '../engine/format/index';
import { judge, onlyErrors } from './check';
import type { CheckWorkerData } from './check-workers';
import { cliPacks, resolvePackList } from './packs';
import { settleForManyFiles } from './many-files';

/** The worker side of `microcred check` on many files: judges each file it is sent. */
export async function runCheckWorker(): Promise<void> {
  // Not imported: the bundler would load it at every start (see src/cli/main.ts).
  const { parentPort, workerData } = require('node:worker_threads') as typeof import('node:worker_threads');
  const data = workerData as CheckWorkerData;
  // A worker only ever judges many files (see workerCount).
  settleForManyFiles();
  const packs = await cliPacks(data.extraPack);
  const forced = await resolvePackList(packs, data.pack);
  const readOptions = data.maxFileSize !== undefined ? { maxBytes: data.maxFileSize } : {};
  const fragments = data.fragments
    ? createFormatter(data.fragments.format, { color: data.fragments.color, verbose: data.fragments.verbose }).fragments
    : undefined;
  // Files are judged one at a time, in the order they arrive.
  let queue = Promise.resolve();
  parentPort!.on('message', ({ index, file }: { index: number; file: string }) => {
    queue = queue.then(async () => {
      try {
        const judged = await judge(file, readDataFileSync(file, readOptions), packs, forced, data.asOf);
        const warnings = addToSummary(emptySummary(), judged).warnings;
        const result = data.quiet ? onlyErrors(judged) : judged;
        // Text travels between threads far more cheaply than the result object it comes from.
        if (fragments) parentPort!.postMessage({ index, fragment: fragments.fragment(result), counts: addToSummary(emptySummary(), result), warnings });
        else parentPort!.postMessage({ index, result, warnings });
      } catch (error) {
        parentPort!.postMessage({ index, crash: error instanceof Error ? error.message : String(error) });
      }
    });
  });
}
