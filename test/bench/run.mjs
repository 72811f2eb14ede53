// npm run bench [-- --json] [-- --write-readme]
// Measures, in one run: parse vs its peers (structuredClone of the same proposal, ajv compiled
// from docs/schema/proposal.schema.json), parse cost per added course + outcome vs ajv's,
// evaluate vs parse + hand-written rules, the engine's compiled JsonLogic vs json-logic-js, a
// generated pack of 50 to 400 rules, and the CLI against its peers (test/bench/cli.mjs).
// Micro-benchmarks are interleaved (every task in every round) and reported as medians; the
// generated packs' series is timed in CPU time (see cpuSeries in scaling.mjs), since a straight
// line is fitted through it. Every figure is printed with its ratio and each target of issue 17
// as met or not; --write-readme rewrites README.md's
// performance table (between the bench:table markers) from this run.
// BENCH_ROUNDS (default 5) and BENCH_CLI_FILES (default 10,000) shorten a run.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsonLogic from 'json-logic-js';
import { Bench } from 'tinybench';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { compileAppliesTo, createLibraryOperators, definePack, evaluate, parseProposal, truthy } from '../../dist/index.js';
import { binghamton } from '../../dist/packs.js';
import { allRules, declarativeRules, runAll } from './handwritten.mjs';
import { benchCli, proposalsIn } from './cli.mjs';
import { cpuSeries, grown, ITEM_COUNTS, linearFit } from './scaling.mjs';
import { report } from './report.mjs';

const JSON_OUT = process.argv.includes('--json');
const WRITE_README = process.argv.includes('--write-readme');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CLI_FILES = Number(process.env.BENCH_CLI_FILES ?? 10_000);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
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
    messages: { m: 'The generated rule failed.' },
    check: TEMPLATES[i % TEMPLATES.length](i),
  }));
  return definePack({ id: `big-${size}`, name: 'Generated', version: '1.0.0', sources: [{ title: 'Generated' }], effective: [{ revision: 'r' }], rules });
}
const BIG_SIZES = [50, 100, 200, 400];
const bigPacks = Object.fromEntries(BIG_SIZES.map((size) => [size, generatedPack(size)]));

// ajv 8, compiled from the shipped proposal schema: validation only (no typed result, no messages).
const ajv = new Ajv2020({ strict: false, allErrors: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'docs', 'schema', 'proposal.schema.json'), 'utf8')));
// Proposals of growing size: ajv and parseProposal must both accept them for the cost per item to mean anything.
const growing = Object.fromEntries(ITEM_COUNTS.map((items) => [items, grown(input, items)]));
for (const [items, doc] of Object.entries(growing)) {
  if (!validate(doc)) throw new Error(`ajv rejects the proposal with ${items} added items: ${JSON.stringify(validate.errors)}`);
  if (!parseProposal(doc).success) throw new Error(`parseProposal rejects the proposal with ${items} added items`);
}

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
  parse_per_s: () => parseProposal(input),
  structured_clone_per_s: () => structuredClone(input),
  ajv_validate_per_s: () => validate(input),
  ...Object.fromEntries(ITEM_COUNTS.flatMap((items) => [[`parse_${items}_items_per_s`, () => parseProposal(growing[items])], [`ajv_${items}_items_per_s`, () => validate(growing[items])]])),
  handwritten_per_s: () => runAll(allRules, proposal, AS_OF),
  handwritten_declarative_per_s: () => runAll(declarativeRules, proposal, AS_OF),
  declarative_per_s: runCompiled,
  json_logic_js_apply_per_s: runInterpreted,
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
// The generated packs, for the fit of time against rules: a series of its own (see cpuSeries).
const bigUs = cpuSeries(Object.fromEntries(BIG_SIZES.map((size) => [size, () => evaluate(input, bigPacks[size], { asOf: AS_OF })])), { rounds: Math.max(9, 2 * ROUNDS + 1) });
log('micro-benchmarks done');

// ---- the CLI ----------------------------------------------------------------------------------
log('writing proposals for the CLI runs...');
// The proposals of docs/examples and of every pack's scenarios, as the issue measured them.
const scenarioDirs = readdirSync(join(ROOT, 'policies'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => join(ROOT, 'policies', entry.name, 'scenarios'))
  .filter((dir) => { try { return readdirSync(dir).length > 0; } catch { return false; } });
const cliProposals = proposalsIn([join(ROOT, 'docs', 'examples'), ...scenarioDirs], parse);
const cli = benchCli({ root: ROOT, proposals: cliProposals, count: CLI_FILES, rounds: Math.min(3, ROUNDS), asOf: AS_OF });

// ---- report -----------------------------------------------------------------------------------
const parsePlusHandwritten = 1 / (1 / micro.parse_per_s + 1 / micro.handwritten_per_s);
const rateOf = (size) => Math.round(1e6 / bigUs[size]);
const perItemUs = (name) => linearFit(ITEM_COUNTS.map((items) => [items, 1e6 / micro[`${name}_${items}_items_per_s`]]));
const parseFit = perItemUs('parse');
const ajvFit = perItemUs('ajv');
const bigFit = linearFit(BIG_SIZES.map((size) => [size, 1e9 / rateOf(size)]));
const perRuleNs = (rules, rate) => 1e9 / rate / rules;
const result = {
  parse_per_s: micro.parse_per_s,
  structured_clone_per_s: micro.structured_clone_per_s,
  ajv_validate_per_s: micro.ajv_validate_per_s,
  evaluate_per_s: micro.evaluate_per_s,
  parse_plus_handwritten_per_s: Math.round(parsePlusHandwritten),
  parse_us_per_item: +parseFit.slope.toFixed(2),
  ajv_us_per_item: +ajvFit.slope.toFixed(2),
  handwritten_per_s: micro.handwritten_per_s,
  declarative_per_s: micro.declarative_per_s,
  json_logic_js_apply_per_s: micro.json_logic_js_apply_per_s,
  big_pack_evaluate_per_s: rateOf(200),
  cli_files_per_s: cli.cli_files_per_s,
  cli_floor_files_per_s: cli.cli_floor_files_per_s,
  ajv_files_per_s: cli.ajv_files_per_s,
  cli_peak_rss_mb: cli.cli_peak_rss_mb,
  cli_peak_rss_mb_at_twice_the_files: cli.cli_peak_rss_mb_at_twice_the_files,
  cli_cold_start_ms: cli.cli_cold_start_ms,
  bare_node_start_ms: cli.bare_node_start_ms,
  cli_json_report_mb: cli.cli_json_report_mb,
  details: {
    rules: { binghamton: binghamton.rules.length, declarative: declarative.length, big_pack: 200 },
    cli_proposals: cliProposals.length,
    // The strict comparison: the pack's JsonLogic rules against the same rules hand-written.
    handwritten_declarative_per_s: micro.handwritten_declarative_per_s,
    evaluate_vs_parse_plus_handwritten: +(micro.evaluate_per_s / parsePlusHandwritten).toFixed(3),
    declarative_vs_handwritten: +(micro.declarative_per_s / micro.handwritten_declarative_per_s).toFixed(3),
    declarative_vs_json_logic_js: +(micro.declarative_per_s / micro.json_logic_js_apply_per_s).toFixed(1),
    parse_per_s_by_items: Object.fromEntries(ITEM_COUNTS.map((items) => [items, micro[`parse_${items}_items_per_s`]])),
    ajv_per_s_by_items: Object.fromEntries(ITEM_COUNTS.map((items) => [items, micro[`ajv_${items}_items_per_s`]])),
    parse_per_item_linear_fit_r2: parseFit.r2,
    ajv_per_item_linear_fit_r2: ajvFit.r2,
    big_pack_evaluate_per_s_by_rules: Object.fromEntries(BIG_SIZES.map((size) => [size, rateOf(size)])),
    // Evaluation time against the number of rules, fitted with a straight line: R² near 1
    // means time grows linearly with the rules; the slope is the cost of one more rule.
    big_pack_linear_fit: { ns_per_rule: Math.round(bigFit.slope), intercept_us: Math.round(bigFit.intercept / 1000), r2: bigFit.r2 },
    binghamton_ns_per_rule_beyond_parse: Math.round(perRuleNs(binghamton.rules.length, 1 / (1 / micro.evaluate_per_s - 1 / micro.parse_per_s))),
    ...cli.details,
    rounds: ROUNDS,
  },
  machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, memory_gb: Math.round(totalmem() / 2 ** 30) },
};

report(result, { json: JSON_OUT, writeReadme: WRITE_README, root: ROOT });
