// Parse cost per added course + outcome, against ajv's on the same documents: proposals of
// growing size, each timed on its own, and a straight line fitted through time against size;
// and the CPU-time series the pack-size fit is read from.

/** A least-squares line through [x, y] points: slope, intercept and R². */
export function linearFit(points) {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const ssTot = points.reduce((s, [, y]) => s + (y - my) ** 2, 0);
  const ssRes = points.reduce((s, [x, y]) => s + (y - (intercept + slope * x)) ** 2, 0);
  return { slope, intercept, r2: +(1 - ssRes / ssTot).toFixed(4) };
}

export const ITEM_COUNTS = [0, 16, 32, 64, 128];

/** `proposal` with `items` more courses and as many more learning outcomes (one per course). */
export function grown(proposal, items) {
  const copy = structuredClone(proposal);
  const { courses, learningOutcomes } = copy.credential;
  const course = courses[0];
  const outcome = learningOutcomes[0];
  for (let i = 0; i < items; i++) {
    const code = `BENCH ${1000 + i}`;
    courses.push({ ...structuredClone(course), code, title: `Generated course ${i}` });
    learningOutcomes.push({ ...structuredClone(outcome), id: `GEN${i}`, statement: `Generated outcome ${i}, assessed as the first one is.`, activities: [code] });
  }
  return copy;
}

/**
 * The CPU time of one call of each task, in µs: `rounds` rounds, every task in every round (so
 * a slow spell of the machine falls on all of them alike), each sample running its task until
 * it has used `sampleMs` of this process's CPU time; the median over the rounds. A fit of time
 * against size needs this more than a throughput does: it is read from few points, and one
 * point off by a load spike spoils it. CPU time leaves out the time the OS gives other
 * processes (on a shared 2-core machine, a wall-clock sample of a few ms may lose half of it to
 * them), and a sample of 100 ms takes in the garbage collections the task causes in
 * proportion, rather than a whole pause landing in one short sample. Every thread of the
 * process counts, the collector's and the compiler's included, so no work of the task is left
 * out; which is also why samples must be long: a sample after a switch of task pays some
 * fixed work (most likely re-optimising code that ran another pack), and in 30 ms samples
 * that made the 50-rule pack look 1.6-2 times its cost (R² 0.83-0.97 from run to run,
 * against 0.99-0.999 at 100 ms).
 */
export function cpuSeries(tasks, { rounds = 11, sampleMs = 100, warmupRounds = 2 } = {}) {
  const samples = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
  for (let round = 0; round < warmupRounds + rounds; round++) {
    for (const [name, fn] of Object.entries(tasks)) {
      const start = process.cpuUsage();
      let calls = 0;
      let usedMs = 0;
      do {
        for (let i = 0; i < 8; i++) fn();
        calls += 8;
        const used = process.cpuUsage(start);
        usedMs = (used.user + used.system) / 1000;
      } while (usedMs < sampleMs);
      if (round >= warmupRounds) samples[name].push((usedMs * 1000) / calls);
    }
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, values]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const mid = sorted.length >> 1;
      return [name, sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2];
    }),
  );
}
