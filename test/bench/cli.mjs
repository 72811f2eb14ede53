// The command line against its peers, each a process of its own over the same files: microcred
// check (JSON report to a file), the read + YAML-parse floor (fs.readFileSync + js-yaml), and
// ajv validating the same files against docs/schema/proposal.schema.json (js-yaml's core schema,
// so that dates stay strings, as the proposal schema has them); peak RSS at N and 2N
// files; the start of a one-file check against a bare `node -e 0`; the JSON report's size.
import { spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Each peer as a script run by `node -e`: one process over every file named in argv[1] (a list file). */
const PEERS = {
  floor: `
    const { readFileSync } = require('node:fs'); const yaml = require('js-yaml');
    let n = 0; for (const file of readFileSync(process.argv[1], 'utf8').split('\\n')) if (file) { yaml.load(readFileSync(file, 'utf8')); n++; }
    if (n === 0) process.exit(3);`,
  ajv: `
    const { readFileSync } = require('node:fs'); const yaml = require('js-yaml');
    const Ajv2020 = require('ajv/dist/2020').default; const addFormats = require('ajv-formats').default;
    const ajv = new Ajv2020({ strict: false, allErrors: false }); addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(process.argv[2], 'utf8')));
    let valid = 0; for (const file of readFileSync(process.argv[1], 'utf8').split('\\n')) if (file && validate(yaml.load(readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA }))) valid++;
    if (valid === 0) process.exit(3);`,
};

/**
 * Measures the CLI and its peers on `count` files cycled from `proposals`; `rounds` interleaved
 * runs of each, reported as medians (peak RSS: the highest).
 */
export function benchCli({ root, proposals, count, rounds = 3, asOf }) {
  const cli = join(root, 'dist', 'cli.cjs');
  const probe = join(root, 'test', 'bench', 'rss-probe.cjs');
  const schema = join(root, 'docs', 'schema', 'proposal.schema.json');
  const scratch = mkdtempSync(join(tmpdir(), 'microcred-bench-'));
  const spawn = (args, env = {}) => {
    const start = performance.now();
    const run = spawnSync(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 26 });
    return { ms: performance.now() - start, run };
  };
  try {
    const large = join(scratch, 'large');
    mkdirSync(large);
    const names = [];
    for (let i = 0; i < count; i++) {
      const proposal = structuredClone(proposals[i % proposals.length]);
      proposal.credential.id = `bench-${i}`;
      const file = join(large, `p-${String(i).padStart(6, '0')}.yaml`);
      writeFileSync(file, stringify(proposal));
      names.push(file);
    }
    // Twice the files: the same texts under other names (hard links, so no file is judged twice).
    const again = join(scratch, 'again');
    mkdirSync(again);
    for (const file of names) linkSync(file, join(again, `q-${file.slice(-13)}`));
    const list = join(scratch, 'files.txt');
    writeFileSync(list, names.join('\n'));
    const bytes = names.reduce((sum, file) => sum + statSync(file).size, 0);

    const out = join(scratch, 'out.json');
    const rssFile = join(scratch, 'rss.txt');
    const check = (dirs) => {
      const { ms, run } = spawn(['-r', probe, cli, 'check', ...dirs, '--format', 'json', '--output', out, '--as-of', asOf], { MICROCRED_RSS_FILE: rssFile });
      if (run.status !== 0 && run.status !== 1) throw new Error(`microcred check failed (${run.status}): ${run.stderr}`);
      return { ms, rssMb: Number(readFileSync(rssFile, 'utf8')) / 1024 };
    };
    const peer = (name) => {
      const { ms, run } = spawn(['-e', PEERS[name], list, schema]);
      if (run.status !== 0) throw new Error(`the ${name} peer failed (${run.status}): ${run.stderr}`);
      return ms;
    };
    const samples = { cli: [], floor: [], ajv: [], rss: [] };
    for (let round = 0; round < rounds; round++) {
      const run = check([large]);
      samples.cli.push(run.ms);
      samples.rss.push(run.rssMb);
      samples.floor.push(peer('floor'));
      samples.ajv.push(peer('ajv'));
    }
    const report = readFileSync(out, 'utf8');
    const twice = check([large, again]);
    const filesIn = (text) => JSON.parse(text).summary.files;
    if (filesIn(report) !== count) throw new Error(`microcred checked ${filesIn(report)} files, not ${count}`);
    const twiceFiles = filesIn(readFileSync(out, 'utf8'));
    if (twiceFiles !== 2 * count) throw new Error(`microcred checked ${twiceFiles} files, not ${2 * count}`);

    // Start-up: a one-file check and a bare node, interleaved; the first run fills the compile cache.
    const one = names[0];
    const oneFile = (env) => spawn([cli, 'check', one, '--as-of', asOf], env).ms;
    oneFile({});
    const start = { cli: [], uncached: [], bare: [] };
    for (let i = 0; i < 15; i++) {
      start.bare.push(spawn(['-e', '0']).ms);
      start.cli.push(oneFile({}));
      start.uncached.push(oneFile({ MICROCRED_COMPILE_CACHE: '0' }));
    }
    const perSecond = (ms) => Math.round(count / (ms / 1000));
    return {
      cli_files_per_s: perSecond(median(samples.cli)),
      cli_floor_files_per_s: perSecond(median(samples.floor)),
      ajv_files_per_s: perSecond(median(samples.ajv)),
      cli_peak_rss_mb: Math.round(Math.max(...samples.rss)),
      cli_peak_rss_mb_at_twice_the_files: Math.round(twice.rssMb),
      cli_cold_start_ms: Math.round(median(start.cli)),
      bare_node_start_ms: Math.round(median(start.bare)),
      cli_json_report_mb: +(Buffer.byteLength(report) / 1e6).toFixed(1),
      details: {
        cli_files: count,
        cli_input_mb: +(bytes / 1e6).toFixed(1),
        cli_files_per_s_runs: samples.cli.map(perSecond),
        cli_floor_files_per_s_runs: samples.floor.map(perSecond),
        ajv_files_per_s_runs: samples.ajv.map(perSecond),
        cli_files_per_s_at_twice_the_files: Math.round((2 * count) / (twice.ms / 1000)),
        // The second N files of the 2N run alone (its time less a run of N): the rate once
        // start-up and the JIT's warm-up, which the first files of a run pay, are behind.
        cli_files_per_s_past_the_first_files: Math.round(count / (Math.max(twice.ms - median(samples.cli), 1) / 1000)),
        cli_cold_start_without_compile_cache_ms: Math.round(median(start.uncached)),
        // The same report with every route step's text and citation written out in each result,
        // as before routeText and citations: what saying the text once saves.
        cli_json_report_mb_with_text_in_every_result: +(Buffer.byteLength(withTextInEveryResult(report)) / 1e6).toFixed(1),
      },
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** A report in the JSON format before routeText, citations and checkedRules (format 1): each text where it is used. */
export function withTextInEveryResult(text) {
  const { routeText, citations, checkedRules, ...report } = JSON.parse(text);
  const cited = (scope) => ({ citationRef, ...v }) => (citationRef === undefined ? v : { ...v, citation: citations[scope][citationRef] });
  for (const result of report.results) {
    if (!result.pack) continue;
    const scope = (result.packs ?? [result.pack]).map((pack) => `${pack.id}@${pack.revision}`).join('+');
    result.violations = result.violations.map(cited(scope));
    result.waived = result.waived.map(cited(scope));
    if (result.checkedRef !== undefined) {
      result.checked = checkedRules[scope][result.checkedRef];
      delete result.checkedRef;
    }
    for (const stage of result.route?.stages ?? []) {
      stage.steps = stage.steps.map(({ ref, id, packId, required, status, ...rest }) => {
        const { packId: _p, id: _i, ...stepText } = routeText[scope][ref];
        return { id, packId, ...stepText, required, status, ...rest };
      });
    }
  }
  return `{"results":[\n${report.results.map((r) => JSON.stringify(r)).join(',\n')}\n],"summary":${JSON.stringify(report.summary)}}\n`;
}

/** The proposals in `dirs` (YAML or JSON files, or scenario files holding one under `proposal`). */
export function proposalsIn(dirs, parse) {
  const found = [];
  for (const dir of dirs) {
    for (const name of readdirSync(dir).sort()) {
      if (!/\.(ya?ml|json)$/.test(name)) continue;
      const data = parse(readFileSync(join(dir, name), 'utf8'));
      const proposal = data && typeof data === 'object' && 'proposal' in data ? data.proposal : data;
      if (proposal?.credential) found.push(proposal);
    }
  }
  return found;
}
