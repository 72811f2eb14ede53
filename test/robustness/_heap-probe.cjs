// Child process of memory.test.ts, run with a small --max-old-space-size: loads each pack of
// the JSON file named on the command line through the built library and evaluates the
// proposal with it. A pack that makes evaluation exhaust the heap kills this process (exit
// 134); otherwise it prints what it saw, as one line of JSON.
const { readFileSync } = require('node:fs');
const { evaluate, loadPack } = require('../../dist/index.cjs');

const { packs, proposal, asOf } = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let peakHeap = 0;
let failed = 0;
let judged = 0;
for (const definition of packs) {
  const report = evaluate(proposal, loadPack(definition), { asOf });
  failed += report.violations.filter((v) => v.ruleId === 'engine/rule-failed' || v.messageId === 'rule-failed').length;
  judged++;
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}
process.stdout.write(JSON.stringify({ judged, failed, peakHeap }) + '\n');
