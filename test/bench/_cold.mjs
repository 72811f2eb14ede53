import { spawnSync } from 'node:child_process';
const one = '/tmp/i17cli/one/p-00000.yaml';
const t = (args) => { const s = performance.now(); spawnSync(process.execPath, args); return performance.now() - s; };
const med = (a) => a.sort((x, y) => x - y)[a.length >> 1];
const clis = { base: '/tmp/i17cli/base/dist/cli.cjs', new: '/work/wt/i17-cli/dist/cli.cjs' };
for (const c of Object.values(clis)) t([c, 'check', one, '--as-of', '2026-11-01']);
const r = { bare: [], base: [], new: [] };
for (let i = 0; i < 21; i++) {
  r.bare.push(t(['-e', '0']));
  for (const [k, c] of Object.entries(clis)) r[k].push(t([c, 'check', one, '--as-of', '2026-11-01']));
}
const b = med(r.bare);
for (const [k, v] of Object.entries(r)) console.log(k, med(v).toFixed(1), (med(v) / b).toFixed(2));
