// Wires the page: two editors, the settings, and the results, all from the URL's fragment.
import { dump } from 'js-yaml';
import type { FileResult } from '../../../src/engine/format/types';
import type { Pack } from '../../../src/engine/types';
import { builtinPacks, builtinRegistry } from '../../../policies/index';
import examplePack from '../../guides/example-pack/pack.yaml';
import { parseDataText } from '../../../src/node/parse-text';
import { byId, el } from './dom';
import { createEditor, packLanguage, proposalLanguage, type Mark } from './editors';
import { judgeProposal, loadPastedPack, starterProposal, type PastedPack, type ProposalFormat } from './judge';
import { renderRoute } from './route-view';
import { decodeViewState, encodeViewState, type ViewState } from './url-state';
import { renderProblems, renderViolations } from './violations-view';

const CUSTOM = 'custom';
const DEFAULT_PACK_ID = 'binghamton';

/** Today in the reader's time zone, `YYYY-MM-DD`. */
function today(): string {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

function defaultState(asOf: string): ViewState {
  return { proposal: starterProposal(builtinRegistry.require(DEFAULT_PACK_ID), { asOf, format: 'yaml' }), format: 'yaml', pack: '', asOf, customPack: examplePack };
}

async function start(): Promise<void> {
  const packSelect = byId<HTMLSelectElement>('pack');
  const asOfInput = byId<HTMLInputElement>('as-of');
  const formatSelect = byId<HTMLSelectElement>('format');
  const packDetails = byId<HTMLDetailsElement>('pack-details');
  const verdict = byId('verdict');
  const status = byId('status');

  packSelect.replaceChildren(
    el('option', { value: '' }, 'The proposal’s policy:'),
    ...builtinPacks.map((p) => el('option', { value: p.id }, `${p.id} — ${p.name}`)),
    el('option', { value: CUSTOM }, 'The pack pasted below'),
  );

  let pasted: { text: string; result: PastedPack } | undefined;
  function pastedPack(text: string): PastedPack {
    if (pasted?.text !== text) pasted = { text, result: loadPastedPack(text, builtinRegistry) };
    return pasted.result;
  }

  let judged: { key: string; result: FileResult } | undefined;

  /** The result for what the page shows now; judged again only when something changed. */
  function current(): FileResult {
    const state = viewState();
    const key = JSON.stringify(state);
    if (judged?.key === key) return judged.result;
    const custom = pastedPack(state.customPack);
    const registry = custom.pack && !builtinRegistry.get(custom.pack.id) ? builtinRegistry.with(custom.pack) : builtinRegistry;
    let pack: Pack | undefined;
    let result: FileResult;
    if (state.pack === CUSTOM && !custom.pack) {
      result = { file: 'proposal', verdict: 'invalid', violations: [], waived: [], errors: [{ code: 'invalid-pack', message: 'The pasted pack does not load; fix the problems listed under it.' }] };
    } else {
      pack = state.pack === CUSTOM ? custom.pack : state.pack ? builtinRegistry.get(state.pack) : undefined;
      result = judgeProposal(state.proposal, { format: state.format, asOf: state.asOf, registry, ...(pack && { pack }) });
    }
    judged = { key, result };
    render(result, custom);
    scheduleUrlUpdate(state);
    return result;
  }

  function proposalMarks(): Mark[] {
    const result = current();
    // Schema problems are already marked by the JSON Schema linter.
    const errors = result.errors.filter((e) => e.code !== 'schema').map((e): Mark => ({ ...e, severity: 'error', source: 'microcred' }));
    const violations = result.violations.map((v): Mark => ({ code: v.ruleId, message: `${v.message} (${v.ruleId})`, severity: v.severity, source: 'microcred', ...(v.line !== undefined && { line: v.line, column: v.column ?? 1 }) }));
    return [...errors, ...violations];
  }

  function packMarks(): Mark[] {
    current();
    return pastedPack(packEditor.text()).problems.map((p) => ({ ...p, severity: 'error', source: 'microcred' }));
  }

  function render(result: FileResult, custom: PastedPack): void {
    const counts = result.violations.reduce((c, v) => ({ ...c, [v.severity]: (c[v.severity] ?? 0) + 1 }), {} as Record<string, number>);
    const tally = ['error', 'warning', 'info'].map((s) => `${counts[s] ?? 0} ${s}${counts[s] === 1 ? '' : 's'}`).join(', ');
    const head = result.pack ? `${result.pack.id} ${result.pack.version} (revision ${result.pack.revision}), as of ${result.asOf}: ` : '';
    verdict.dataset.verdict = result.verdict;
    verdict.textContent = `${head}${result.verdict}${result.verdict === 'invalid' ? '' : ` — ${tally}${result.waived.length ? `, ${result.waived.length} waived` : ''}`}`;
    renderViolations(byId('violations'), result, (line, column) => proposalEditor.goTo(line, column));
    renderRoute(byId('route'), result.route);
    renderProblems(byId('pack-problems'), custom.problems, (line, column) => packEditor.goTo(line, column));
    byId('pack-state').textContent = custom.pack ? `Loaded pack ${custom.pack.id} ${custom.pack.version}.` : `The pack does not load (${custom.problems.length} problem${custom.problems.length === 1 ? '' : 's'}).`;
  }

  function viewState(): ViewState {
    return { proposal: proposalEditor.text(), format: formatSelect.value === 'json' ? 'json' : 'yaml', pack: packSelect.value, asOf: asOfInput.value, customPack: packEditor.text() };
  }

  let lastFragment = location.hash.slice(1);
  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  function scheduleUrlUpdate(state: ViewState): void {
    clearTimeout(urlTimer);
    urlTimer = setTimeout(async () => {
      lastFragment = await encodeViewState(state);
      history.replaceState(null, '', `#${lastFragment}`);
    }, 300);
  }

  /** Re-judges after a setting changed. */
  function refresh(): void {
    proposalEditor.refreshMarks();
    packEditor.refreshMarks();
  }

  function applyState(state: ViewState): void {
    formatSelect.value = state.format;
    packSelect.value = [...packSelect.options].some((o) => o.value === state.pack) ? state.pack : '';
    asOfInput.value = state.asOf;
    proposalEditor.setLanguage(proposalLanguage(state.format));
    proposalEditor.setText(state.proposal);
    packEditor.setText(state.customPack);
    if (state.pack === CUSTOM) packDetails.open = true;
    refresh();
  }

  const fromLink = lastFragment ? await decodeViewState(lastFragment) : undefined;
  if (lastFragment && !fromLink) status.textContent = 'This link holds no proposal the playground can read; starting from the template.';
  const initial = fromLink ?? defaultState(today());
  formatSelect.value = initial.format;
  asOfInput.value = initial.asOf;
  packSelect.value = initial.pack;
  const proposalEditor = createEditor({ parent: byId('proposal-editor'), height: '55vh', text: initial.proposal, label: 'Proposal', language: proposalLanguage(initial.format), onChange: () => undefined, marks: proposalMarks });
  const packEditor = createEditor({ parent: byId('pack-editor'), height: '40vh', text: initial.customPack, label: 'Pack (YAML)', language: packLanguage, onChange: () => proposalEditor.refreshMarks(), marks: packMarks });
  if (initial.pack === CUSTOM) packDetails.open = true;
  current();

  packSelect.addEventListener('change', () => {
    if (packSelect.value === CUSTOM) packDetails.open = true;
    refresh();
  });
  asOfInput.addEventListener('change', refresh);
  formatSelect.addEventListener('change', () => {
    const format: ProposalFormat = formatSelect.value === 'json' ? 'json' : 'yaml';
    // The text follows the format when it parses; otherwise it is left as written.
    const parsed = parseDataText(proposalEditor.text());
    proposalEditor.setLanguage(proposalLanguage(format));
    if (parsed.errors.length === 0) proposalEditor.setText(format === 'json' ? `${JSON.stringify(parsed.data, null, 2)}\n` : dump(parsed.data, { lineWidth: 100, noRefs: true }));
    refresh();
  });
  byId('template').addEventListener('click', () => {
    const state = viewState();
    const custom = pastedPack(state.customPack).pack;
    const policy = parseDataText(state.proposal).data as { policy?: unknown } | undefined;
    const named = typeof policy?.policy === 'string' ? builtinRegistry.get(policy.policy) : undefined;
    const pack = state.pack === CUSTOM ? custom : state.pack ? builtinRegistry.get(state.pack) : named;
    proposalEditor.setText(starterProposal(pack ?? builtinRegistry.require(DEFAULT_PACK_ID), { asOf: state.asOf || today(), format: state.format }));
    refresh();
  });
  byId('copy-link').addEventListener('click', async () => {
    clearTimeout(urlTimer);
    lastFragment = await encodeViewState(viewState());
    history.replaceState(null, '', `#${lastFragment}`);
    try {
      await navigator.clipboard.writeText(location.href);
      status.textContent = 'Link copied.';
    } catch {
      status.textContent = 'The link is in the address bar.';
    }
  });
  window.addEventListener('hashchange', async () => {
    const fragment = location.hash.slice(1);
    if (fragment === lastFragment) return;
    const state = await decodeViewState(fragment);
    if (state) {
      lastFragment = fragment;
      applyState(state);
    }
  });
}

start().catch((error: unknown) => {
  byId('status').textContent = 'The playground could not start; see the browser console.';
  console.error(error);
});
