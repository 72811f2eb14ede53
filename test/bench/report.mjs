// The bench's report: every figure with its ratio, the targets of issue 17 met or not, the JSON
// object (`--json`, printed last) and README.md's performance table (`--write-readme`).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const README_MARKERS = /(<!-- bench:table -->\n)([\s\S]*?)(\n<!-- \/bench:table -->)/;

const n = (value) => Math.round(value).toLocaleString('en-US');
const x = (value) => `${value.toFixed(2)} ×`;

/** The rows of the table: what, the figure, and its ratio to the peer it is compared with. */
export function rows(r) {
  const d = r.details;
  return [
    ['`parseProposal`', `${n(r.parse_per_s)} /s`, 'the base of the three rows below'],
    ['`structuredClone` of the same proposal (a copy-cost floor)', `${n(r.structured_clone_per_s)} /s`, `parse: ${x(r.parse_per_s / r.structured_clone_per_s)}`],
    ['ajv 8 compiled from proposal.schema.json (validate only)', `${n(r.ajv_validate_per_s)} /s`, `parse: ${x(r.parse_per_s / r.ajv_validate_per_s)}`],
    ['parse cost per added course + outcome (16 to 128 added)', `${r.parse_us_per_item} µs (ajv: ${r.ajv_us_per_item} µs)`, `${x(r.parse_us_per_item / r.ajv_us_per_item)} ajv's`],
    ['`evaluate` (parse + all rules + route)', `${n(r.evaluate_per_s)} /s`, `${x(d.evaluate_vs_parse_plus_handwritten)} (parse + the rules hand-written: ${n(r.parse_plus_handwritten_per_s)} /s)`],
    ['the pack\'s JsonLogic rules, compiled to closures', `${n(r.declarative_per_s)} /s`, `${x(d.declarative_vs_handwritten)} hand-written, ${d.declarative_vs_json_logic_js} × json-logic-js`],
    ['a generated pack, 50 to 400 rules', `${d.big_pack_linear_fit.ns_per_rule} ns per added rule`, `linear fit R² ${d.big_pack_linear_fit.r2}`],
    [`\`microcred check\` on ${n(d.cli_files)} YAML files (JSON report)`, `${n(r.cli_files_per_s)} files/s`, `${x(r.cli_files_per_s / r.cli_floor_files_per_s)} the read + js-yaml floor (${n(r.cli_floor_files_per_s)} /s), ${x(r.cli_files_per_s / r.ajv_files_per_s)} ajv over the same files (${n(r.ajv_files_per_s)} /s)`],
    ['peak RSS of that check', `${n(r.cli_peak_rss_mb)} MB`, `${n(r.cli_peak_rss_mb_at_twice_the_files)} MB at twice the files: ${x(r.cli_peak_rss_mb_at_twice_the_files / r.cli_peak_rss_mb)}`],
    ['`microcred check one.yaml`, start to exit', `${n(r.cli_cold_start_ms)} ms`, `${x(r.cli_cold_start_ms / r.bare_node_start_ms)} a bare \`node -e 0\` (${n(r.bare_node_start_ms)} ms)`],
    [`the JSON report of the ${n(d.cli_files)} files`, `${r.cli_json_report_mb} MB`, `${x(r.cli_json_report_mb / d.cli_json_report_mb_with_text_in_every_result)} the same report with the route text and citations in every result (${d.cli_json_report_mb_with_text_in_every_result} MB)`],
  ];
}

/** The targets of issue 17, each with the ratio it is judged by. */
export function targets(r) {
  const d = r.details;
  return [
    ['parseProposal >= 1 x structuredClone of the same input', r.parse_per_s / r.structured_clone_per_s, (v) => v >= 1],
    ['parse cost per added course + outcome <= 2 x ajv\'s', r.parse_us_per_item / r.ajv_us_per_item, (v) => v <= 2],
    ['evaluate >= 0.8 x (parse + hand-written rules)', d.evaluate_vs_parse_plus_handwritten, (v) => v >= 0.8],
    ['evaluate linear in pack size (50 to 400 rules, R² >= 0.97)', d.big_pack_linear_fit.r2, (v) => v >= 0.97],
    ['check on the files >= 0.6 x the read + YAML-parse floor', r.cli_files_per_s / r.cli_floor_files_per_s, (v) => v >= 0.6],
    ['check on the files faster than ajv over the same files', r.cli_files_per_s / r.ajv_files_per_s, (v) => v > 1],
    ['peak RSS flat in the number of files (2N files <= 1.15 x N)', r.cli_peak_rss_mb_at_twice_the_files / r.cli_peak_rss_mb, (v) => v <= 1.15],
    ['check one.yaml <= 1.5 x bare node -e 0', r.cli_cold_start_ms / r.bare_node_start_ms, (v) => v <= 1.5],
    ['JSON report <= 1/3 of the report with the route text and citations in every result', r.cli_json_report_mb / d.cli_json_report_mb_with_text_in_every_result, (v) => v <= 1 / 3],
  ].map(([name, ratio, ok]) => ({ name, ratio: +ratio.toFixed(3), met: ok(ratio) }));
}

function table(r, judged) {
  const machine = `${r.machine.cpus} × ${r.machine.cpu}, ${r.machine.memory_gb} GB, Node ${r.machine.node.slice(1)}`;
  const lines = [
    `One run of \`npm run bench -- --write-readme\` on ${machine}; medians of ${r.details.rounds} interleaved rounds (the CLI: of ${Math.min(3, r.details.rounds)} runs), on the \`binghamton\` pack's compliant credit-bearing scenario; the CLI on ${r.details.cli_proposals} proposals (docs/examples and every pack's scenarios) cycled.`,
    '',
    '| measure | result | ratio |',
    '|---|---|---|',
    ...rows(r).map((row) => `| ${row.join(' | ')} |`),
    '',
    `Targets (issue 17): ${judged.map((t) => `${t.met ? 'met' : 'not met'}: ${t.name.replace(/ x /g, ' × ')} (${t.ratio})`).join('; ')}.`,
  ];
  return lines.join('\n');
}

/** Prints the report (or the JSON object), and rewrites README's table when asked. */
export function report(result, { json, writeReadme, root }) {
  const judged = targets(result);
  const out = { ...result, targets: Object.fromEntries(judged.map((t) => [t.name, t.met])), target_ratios: Object.fromEntries(judged.map((t) => [t.name, t.ratio])) };
  if (writeReadme) {
    const file = join(root, 'README.md');
    const readme = readFileSync(file, 'utf8');
    if (!README_MARKERS.test(readme)) throw new Error('README.md has no <!-- bench:table --> markers.');
    writeFileSync(file, readme.replace(README_MARKERS, (_, open, _old, close) => open + table(result, judged) + close));
  }
  if (json) {
    process.stdout.write(JSON.stringify(out) + '\n');
    return;
  }
  console.log(`\nmicrocred benchmark — ${result.machine.cpus} x ${result.machine.cpu}, Node ${result.machine.node}, median of ${result.details.rounds} interleaved rounds\n`);
  const all = rows(result);
  const width = Math.max(...all.map(([what]) => what.length));
  for (const [what, figure, ratio] of all) console.log(`  ${what.padEnd(width)}  ${figure.padEnd(34)}  ${ratio}`);
  console.log('\n  details:', JSON.stringify(result.details, null, 2).replace(/\n/g, '\n  '));
  console.log('\n  targets:');
  for (const t of judged) console.log(`    ${t.met ? 'met    ' : 'NOT MET'}  ${t.name}  (${t.ratio})`);
}
