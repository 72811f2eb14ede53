// Parse cost per added course + outcome, against ajv's on the same documents: proposals of
// growing size, each timed on its own, and a straight line fitted through time against size.

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
