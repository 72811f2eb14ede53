// npm run bench [-- --json]
// Measures, in one run: evaluate vs parse vs hand-written rules vs the engine's compiled
// JsonLogic vs json-logic-js, a generated 200-rule pack, and the CLI on 10,000 files.
// Micro-benchmarks are interleaved (every task in every round) and reported as medians.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsonLogic from 'json-logic-js';
import { Bench } from 'tinybench';
import { parse, stringify } from 'yaml';
import { compileAppliesTo, createLibraryOperators, definePack, evaluate, parseProposal, truthy } from '../../dist/index.js';
import { binghamton } from '../../dist/packs.js';
import { allRules, declarativeRules, runAll } from './handwritten.mjs';

const JSON_OUT = process.argv.includes('--json');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CLI_FILES = Number(process.env.BENCH_CLI_FILES ?? 10_000);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.cjs');
const AS_OF = '2026-11-01';
const log = (...args) => {
  if (!JSON_OUT) console.log(...args);
};
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// ---- inputs --------------------------------------------------------------------------------
const scenarioDir = join(ROOT, 'policies', 'binghamton', 'scenarios');
const scenarios = readdirSync(scenarioDir).sort().map((f) => parse(readFileSync(join(scenarioDir, f), 'utf8')));
// A typical credit-bearing proposal: the compliant undergraduate scenario.
const input = scenarios[0].proposal;
const parsed = parseProposal(input);
if (!parsed.success) throw new Error('the bench proposal does not parse');
const proposal = parsed.proposal;
const context = { asOf: AS_OF, frameworks: binghamton.frameworks, pack: { id: binghamton.id, version: binghamton.version, revision: 'approved-motion' } };

// The hand-written rules must agree with the pack before their speed means anything.
for (const { proposal: p, asOf } of scenarios) {
  const typed = parseProposal(p);
  if (!typed.success) continue;
  const engine = new Set(evaluate(p, binghamton, { asOf }).violations.filter((v) => v.packId !== 'microcred').map((v) => v.ruleId));
  const hand = new Set(runAll(allRules, typed.proposal, asOf));
  const differ = [...new Set([...engine, ...hand])].filter((id) => engine.has(id) !== hand.has(id) && !(engine.has(id) === false && id.startsWith('binghamton/') && typed.proposal.waivers.some((w) => w.ruleId === id)));
  if (differ.length) throw new Error(`hand-written rules disagree with the pack on ${differ.join(', ')}`);
}

// The pack's declarative rules, as the engine runs them and as json-logic-js would.
const declarative = binghamton.rules.filter((r) => r.language === 'json-logic');
// As the engine does: no predicate call for rules that concern every credential.
const applies = declarative.map((r) => (r.appliesTo ? compileAppliesTo(r.appliesTo) : undefined));
const operators = createLibraryOperators(binghamton.frameworks);
for (const [name, operator] of Object.entries(operators)) jsonLogic.add_operation(name, function (...args) { return operator(args, this); });
const walk = (data, path) => path.split('.').reduce((v, k) => (v == null ? undefined : v[k]), data);
// Each measured loop is its own function, as the engine's is: none shares its call sites.
function runCompiled() {
  let n = 0;
  for (let i = 0; i < declarative.length; i++) if (applies[i] === undefined || applies[i](proposal.credential)) n += declarative[i].check(proposal, context)?.length ?? 0;
  return n;
}
function runInterpreted() {
  let n = 0;
  for (let i = 0; i < declarative.length; i++) {
    if (applies[i] !== undefined && !applies[i](proposal.credential)) continue;
    const check = declarative[i].logic;
    const scopes = check.each ? (walk(proposal, check.each) ?? []).map((item, index) => ({ item, index, proposal })) : [proposal];
    for (const scope of scopes) {
      if (truthy(jsonLogic.apply(check.assert, scope))) continue;
      n++;
      for (const expression of Object.values(check.data ?? {})) jsonLogic.apply(expression, scope);
    }
  }
  return n;
}

// A generated pack of N declarative rules over the same proposal.
const TEMPLATES = [
  (i) => ({ assert: { hasText: [{ var: ['credential.title', 'rationale.purpose', 'credential.description', 'rationale.benefit'][i % 4] }] } }),
  (i) => ({ assert: { '>=': [{ count: [{ var: ['credential.courses', 'credential.competencies', 'credential.learningOutcomes'][i % 3] }] }, i % 3] } }),
  (i) => ({ assert: { '<=': [{ totalCredits: [{ var: 'credential.courses' }] }, 6 + (i % 12)] }, data: { credits: { totalCredits: [{ var: 'credential.courses' }] } } }),
  () => ({ each: 'credential.learningOutcomes', assert: { hasText: [{ var: 'item.assessment.method' }] }, data: { id: { var: 'item.id' } } }),
  () => ({ assert: { some: [{ var: 'credential.competencies' }, { inFramework: [{ var: '' }, 'nace'] }] } }),
  (i) => ({ assert: { or: [{ '!': [{ var: 'credential.creditBearing' }] }, { '===': [{ var: 'credential.transcripted' }, i % 2 === 0] }] } }),
];
function generatedPack(size) {
  const rules = Array.from({ length: size }, (_, i) => ({
    id: `big-${size}/rule-${i}`,
    title: `Generated rule ${i}`,
    severity: i % 3 === 0 ? 'warning' : 'error',
    citation: { source: 'generated.md', passage: `Passage ${i}.` },
    messages: { m: 'Rule {id} failed.' },
    check: TEMPLATES[i % TEMPLATES.length](i),
  }));
  return definePack({ id: `big-${size}`, name: 'Generated', version: '1.0.0', sources: [{ title: 'Generated' }], effective: [{ revision: 'r' }], rules });
}
const BIG_SIZES = [50, 100, 200, 400];
const bigPacks = Object.fromEntries(BIG_SIZES.map((size) => [size, generatedPack(size)]));

// ---- micro-benchmarks ------------------------------------------------------------------------
/** Runs `fn` enough times per sample that timer overhead is noise; reports operations/s. */
function batched(fn, perSampleMs = 2) {
  let k = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < k; i++) fn();
    if (performance.now() - start >= perSampleMs || k > 1e7) break;
    k *= 2;
  }
  return { k, run: () => { for (let i = 0; i < k; i++) fn(); } };
}

const tasks = {
  evaluate_per_s: () => evaluate(input, binghamton, { asOf: AS_OF }),
  zod_parse_per_s: () => parseProposal(input),
  handwritten_per_s: () => runAll(allRules, proposal, AS_OF),
  handwritten_declarative_per_s: () => runAll(declarativeRules, proposal, AS_OF),
  declarative_per_s: runCompiled,
  json_logic_js_apply_per_s: runInterpreted,
  ...Object.fromEntries(BIG_SIZES.map((size) => [size === 200 ? 'big_pack_evaluate_per_s' : `big_pack_${size}_evaluate_per_s`, () => evaluate(input, bigPacks[size], { asOf: AS_OF })])),
};
const prepared = Object.fromEntries(Object.entries(tasks).map(([name, fn]) => [name, batched(fn)]));
const samples = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  const bench = new Bench({ time: 250, warmupTime: 50 });
  for (const [name, { run }] of Object.entries(prepared)) bench.add(name, run);
  await bench.run();
  for (const task of bench.tasks) samples[task.name].push(task.result.throughput.p50 * prepared[task.name].k);
  log(`round ${round + 1}/${ROUNDS} done`);
}
const micro = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, Math.round(median(values))]));

// ---- the CLI ----------------------------------------------------------------------------------
const scratch = mkdtempSync(join(tmpdir(), 'microcred-bench-'));
function writeProposals(dir, count) {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const proposal = structuredClone(scenarios[i % scenarios.length].proposal);
    proposal.credential.id = `bench-${i}`;
    writeFileSync(join(dir, `p-${String(i).padStart(5, '0')}.yaml`), stringify(proposal));
  }
}
const probe = join(ROOT, 'test', 'bench', 'rss-probe.cjs');
function runCli(dirs) {
  const rssFile = join(scratch, 'rss.txt');
  const start = performance.now();
  const run = spawnSync(process.execPath, ['-r', probe, CLI, 'check', ...dirs, '--format', 'json', '--output', join(scratch, 'out.json'), '--as-of', AS_OF], {
    env: { ...process.env, MICROCRED_RSS_FILE: rssFile },
    encoding: 'utf8',
  });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 1 && run.status !== 0) throw new Error(`microcred check failed (${run.status}): ${run.stderr}`);
  const results = JSON.parse(readFileSync(join(scratch, 'out.json'), 'utf8')).summary.files;
  return { seconds, files: results, rssMb: Number(readFileSync(rssFile, 'utf8')) / 1024 };
}
let cli = {};
try {
  const one = join(scratch, 'one');
  writeProposals(one, 1);
  const oneFile = join(one, readdirSync(one)[0]);
  const spawnMs = (env) => {
    const start = performance.now();
    spawnSync(process.execPath, [CLI, 'check', oneFile, '--as-of', AS_OF], { env: { ...process.env, ...env } });
    return performance.now() - start;
  };
  spawnMs({}); // fills the compile cache, as any first run does
  const cached = Array.from({ length: 10 }, () => spawnMs({}));
  const uncached = Array.from({ length: 10 }, () => spawnMs({ MICROCRED_COMPILE_CACHE: '0' }));
  const bare = Array.from({ length: 10 }, () => {
    const start = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    return performance.now() - start;
  });
  log('writing proposals for the CLI run...');
  const large = join(scratch, 'large');
  writeProposals(large, CLI_FILES);
  // Twice the files without writing them twice: the same directory, also reached through a link.
  const again = join(scratch, 'again');
  symlinkSync(large, again);
  // Three runs: the median rate, and the highest peak RSS of the three.
  const largeRuns = Array.from({ length: 3 }, () => runCli([large]));
  const largeRun = { files: largeRuns[0].files, rate: median(largeRuns.map((r) => r.files / r.seconds)), rssMb: Math.max(...largeRuns.map((r) => r.rssMb)) };
  const doubleRun = runCli([large, again]);
  cli = {
    cli_files_per_s: Math.round(largeRun.rate),
    cli_cold_start_ms: Math.round(median(cached)),
    cli_peak_rss_mb: Math.round(largeRun.rssMb),
    details: {
      cli_cold_start_without_compile_cache_ms: Math.round(median(uncached)),
      bare_node_start_ms: Math.round(median(bare)),
      cli_files: largeRun.files,
      cli_files_per_s_runs: largeRuns.map((r) => Math.round(r.files / r.seconds)),
      cli_peak_rss_mb_at_twice_the_files: Math.round(doubleRun.rssMb),
      cli_files_per_s_at_twice_the_files: Math.round(doubleRun.files / doubleRun.seconds),
    },
  };
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

// ---- report -----------------------------------------------------------------------------------
const parsePlusHandwritten = 1 / (1 / micro.zod_parse_per_s + 1 / micro.handwritten_per_s);
const rateOf = (size) => micro[size === 200 ? 'big_pack_evaluate_per_s' : `big_pack_${size}_evaluate_per_s`];
/** Least-squares line through [x, y] points: slope (ns per rule), intercept (ns) and R². */
function linearFit(points) {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const ssTot = points.reduce((s, [, y]) => s + (y - my) ** 2, 0);
  const ssRes = points.reduce((s, [x, y]) => s + (y - (intercept + slope * x)) ** 2, 0);
  return { ns_per_rule: Math.round(slope), intercept_us: Math.round(intercept / 1000), r2: +(1 - ssRes / ssTot).toFixed(4) };
}
const perRuleNs = (rules, rate) => 1e9 / rate / rules;
const result = {
  evaluate_per_s: micro.evaluate_per_s,
  zod_parse_per_s: micro.zod_parse_per_s,
  handwritten_per_s: micro.handwritten_per_s,
  declarative_per_s: micro.declarative_per_s,
  json_logic_js_apply_per_s: micro.json_logic_js_apply_per_s,
  big_pack_evaluate_per_s: micro.big_pack_evaluate_per_s,
  cli_files_per_s: cli.cli_files_per_s,
  cli_cold_start_ms: cli.cli_cold_start_ms,
  cli_peak_rss_mb: cli.cli_peak_rss_mb,
  details: {
    rules: { binghamton: binghamton.rules.length, declarative: declarative.length, big_pack: 200 },
    // The strict comparison: the pack's JsonLogic rules against the same rules hand-written.
    handwritten_declarative_per_s: micro.handwritten_declarative_per_s,
    parse_plus_handwritten_per_s: Math.round(parsePlusHandwritten),
    evaluate_vs_parse_plus_handwritten: +(micro.evaluate_per_s / parsePlusHandwritten).toFixed(3),
    declarative_vs_handwritten: +(micro.declarative_per_s / micro.handwritten_declarative_per_s).toFixed(3),
    declarative_vs_json_logic_js: +(micro.declarative_per_s / micro.json_logic_js_apply_per_s).toFixed(1),
    big_pack_evaluate_per_s_by_rules: Object.fromEntries(BIG_SIZES.map((size) => [size, rateOf(size)])),
    // Evaluation time against the number of rules, fitted with a straight line: R² near 1
    // means time grows linearly with the rules; the slope is the cost of one more rule.
    big_pack_linear_fit: linearFit(BIG_SIZES.map((size) => [size, 1e9 / rateOf(size)])),
    binghamton_ns_per_rule_beyond_parse: Math.round(perRuleNs(binghamton.rules.length, 1 / (1 / micro.evaluate_per_s - 1 / micro.zod_parse_per_s))),
    ...cli.details,
    rounds: ROUNDS,
  },
  machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, memory_gb: Math.round(totalmem() / 2 ** 30) },
};

const targets = [
  ['evaluate >= 0.8 x (parse + hand-written)', result.details.evaluate_vs_parse_plus_handwritten >= 0.8],
  ['the 200-rule pack scales linearly (50 to 400 rules fit a straight line, R² >= 0.97)', result.details.big_pack_linear_fit.r2 >= 0.97],
  ['cli_files_per_s >= 3000', result.cli_files_per_s >= 3000],
  ['cli_cold_start_ms <= 120', result.cli_cold_start_ms <= 120],
  ['cli_peak_rss_mb <= 200, and not growing with files (twice the files: within 1.15x)', result.cli_peak_rss_mb <= 200 && result.details.cli_peak_rss_mb_at_twice_the_files <= 1.15 * result.cli_peak_rss_mb],
];
result.targets = Object.fromEntries(targets);

if (JSON_OUT) {
  process.stdout.write(JSON.stringify(result) + '\n');
} else {
  const rows = Object.entries(result).filter(([, v]) => typeof v === 'number');
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`\nmicrocred benchmark — ${result.machine.cpus} x ${result.machine.cpu}, Node ${result.machine.node}, median of ${ROUNDS} interleaved rounds\n`);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v.toLocaleString('en-US')}`);
  console.log('\n  details:', JSON.stringify(result.details, null, 2).replace(/\n/g, '\n  '));
  console.log('\n  targets:');
  for (const [name, ok] of targets) console.log(`    ${ok ? 'met ' : 'MISS'}  ${name}`);
}
