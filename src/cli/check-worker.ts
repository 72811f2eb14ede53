import { parentPort, workerData } from 'node:worker_threads';
import { readDataFileSync } from '../node/read-file';
import { judge } from './check';
import type { CheckWorkerData } from './check-workers';
import { cliPacks } from './packs';

/** The worker side of `microcred check` on many files: judges each file it is sent. */
export async function runCheckWorker(): Promise<void> {
  const data = workerData as CheckWorkerData;
  const packs = await cliPacks(data.extraPack);
  const forced = data.pack ? await packs.resolve(data.pack) : undefined;
  const readOptions = data.maxFileSize !== undefined ? { maxBytes: data.maxFileSize } : {};
  // Files are judged one at a time, in the order they arrive.
  let queue = Promise.resolve();
  parentPort!.on('message', ({ index, file }: { index: number; file: string }) => {
    queue = queue.then(async () => {
      try {
        const result = await judge(file, readDataFileSync(file, readOptions), packs, forced, data.asOf);
        parentPort!.postMessage({ index, result });
      } catch (error) {
        parentPort!.postMessage({ index, crash: error instanceof Error ? error.message : String(error) });
      }
    });
  });
}
