import type { Citation } from '../model/violation';
import { describeAppliesTo } from './applies-to';
import { chainOf } from './_lib/build-pack';
import type { Pack, ResolvedStep, Rule } from './types';

/** Sample files per rule id, as paths relative to the README. */
export type SampleIndex = Readonly<Record<string, { readonly pass: readonly string[]; readonly fail: readonly string[] }>>;

/** Options for {@link renderPackReadme}. */
export interface RenderPackReadmeOptions {
  /** Sample files per rule, to link from the rule table. */
  readonly samples?: SampleIndex;
  /** Command that regenerates the file, named in its header. */
  readonly regenerate?: string;
}

function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

function cite(citation: Citation): string {
  return `${citation.source}${citation.section ? ` § ${citation.section}` : ''}: “${citation.passage}”`;
}

function stepLine(step: ResolvedStep, n: string): string[] {
  const lines = [`${n} **\`${step.id}\`** — ${step.body}${step.role ? ` (${step.role})` : ''}${step.kind === 'notify' ? ' — *notify only*' : step.kind === 'action' ? ' — *action*' : ''}`];
  const conditions = [step.appliesTo ? describeAppliesTo(step.appliesTo) : undefined, step.when !== undefined ? `\`${JSON.stringify(step.when)}\`` : undefined].filter(Boolean);
  lines.push(`   - when: ${conditions.length ? conditions.join('; and ') : 'always'}`);
  if (step.after.length) lines.push(`   - after: ${step.after.map((a) => `\`${a}\``).join(', ')}`);
  lines.push(`   - why: ${step.reason}`);
  if (step.notRequiredReason) lines.push(`   - when not required: ${step.notRequiredReason}`);
  if (step.undetermined) lines.push(`   - undetermined when \`${JSON.stringify(step.undetermined.when)}\`: ${step.undetermined.reason}`);
  const outcomes = ['approve'];
  if (step.revise) outcomes.push(`request revisions (returns to \`${step.revise.returnsTo}\`)`);
  if (step.reject) outcomes.push('reject');
  lines.push(`   - outcomes: ${outcomes.join('; ')}`);
  if (step.expectedWithin) {
    const { days, weeks, from } = step.expectedWithin;
    const span = [weeks ? `${weeks} week${weeks === 1 ? '' : 's'}` : '', days ? `${days} day${days === 1 ? '' : 's'}` : ''].filter(Boolean).join(' ');
    lines.push(`   - expected: within ${span} of the decision of ${from.map((f) => `\`${f}\``).join(' or ')}`);
  }
  lines.push(`   - source: ${cite(step.citation)}`);
  const again = step.reviewsAgainOn;
  const fields = (again?.fields ?? ['/credential']).map((f) => `\`${f === '' ? '(any change)' : f}\``).join(', ');
  if (!again) lines.push(`   - reviews again on a change to: ${fields} (the default; the pack does not say)`);
  else lines.push(`   - reviews again on a change to: ${fields}${again.citation ? ` — ${cite(again.citation)}` : ''}${again.reading ? ` — reading: ${again.reading}` : ''}`);
  return lines;
}

/**
 * The id of a rule's row in a pack README (`binghamton/max-credits` -> `rule-binghamton-max-credits`),
 * for links to it (SARIF `helpUri`).
 *
 * @example
 * ```ts
 * ruleAnchor('binghamton/max-credits'); // 'rule-binghamton-max-credits'
 * ```
 */
export function ruleAnchor(ruleId: string): string {
  return `rule-${ruleId.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

function ruleRow(rule: Rule, samples: SampleIndex | undefined): string {
  const severity = rule.overriddenBy ? `${rule.severity} (was ${rule.definedSeverity})` : rule.severity;
  const what = rule.description ? `**${rule.title}.** ${rule.description}` : `**${rule.title}.**`;
  const found = samples?.[rule.id];
  const links = found
    ? [...found.pass.map((f) => `[pass](${f})`), ...found.fail.map((f) => `[fail](${f})`)].join(' ')
    : '';
  const cells = [`<a id="${ruleAnchor(rule.id)}"></a>\`${rule.id}\``, severity, describeAppliesTo(rule.appliesTo), what, cite(rule.citation)];
  if (samples) cells.push(links);
  return `| ${cells.map(cell).join(' | ')} |`;
}

/**
 * Renders a pack's README from the pack itself: sources, effective periods, the rule table
 * (id, severity, what it checks, citation), how ambiguous passages are read, and the approval
 * route as a list. Pure; the built-in packs' READMEs are generated with it and checked for
 * staleness by the test suite.
 *
 * @example
 * ```ts
 * writeFileSync('policies/acme/README.md', renderPackReadme(acme));
 * ```
 */
export function renderPackReadme(pack: Pack, options: RenderPackReadmeOptions = {}): string {
  const out: string[] = [];
  out.push(`<!-- Generated from the pack definition by renderPackReadme; do not edit.${options.regenerate ? ` Regenerate with \`${options.regenerate}\`.` : ''} -->`);
  out.push(`# \`${pack.id}\`: ${pack.name}`, '');
  const chain = chainOf(pack);
  out.push(`Pack version ${pack.version}.${chain.length > 1 ? ` Extends ${chain.slice(0, -1).reverse().map((id) => `\`${id}\``).join(' → ')}.` : ''}`, '');
  if (pack.description) out.push(pack.description, '');

  out.push('## Sources', '');
  for (const s of pack.sources) {
    const title = s.url ? `[${s.title}](${s.url})` : s.title;
    out.push(`- ${title}${s.file ? ` — \`${s.file}\`` : ''}${s.revised ? `, revised ${s.revised}` : ''}`);
  }
  out.push('', '## Effective periods', '', '| revision | from | to | note |', '|---|---|---|---|');
  for (const p of pack.effective) out.push(`| ${cell(p.revision)} | ${p.from ?? '(undated)'} | ${p.to ?? '—'} | ${cell(p.note ?? '')} |`);
  const first = pack.effective[0]?.from;
  out.push('', first ? `Evaluating a proposal at a date before ${first} gives a "no policy in force" error.` : 'The first period has no start date, so the pack is in force for any date up to its end.', '');

  const own = pack.rules.filter((r) => r.packId === pack.id);
  const inherited = pack.rules.filter((r) => r.packId !== pack.id);
  const header = ['id', 'severity', 'applies to', 'what it checks', 'citation'];
  if (options.samples) header.push('samples');
  const table = (rules: readonly Rule[]) => [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rules.map((r) => ruleRow(r, options.samples))];

  out.push(`## Rules (${own.length})`, '');
  out.push('Severity follows the text: "must", "only", "maximum", "not more than" make an error; "generally", "normally", "should", "to the extent possible" make a warning.', '');
  out.push(...table(own), '');
  const readings = own.filter((r) => r.reading);
  if (readings.length) {
    out.push('### How this pack reads the text', '');
    for (const r of readings) out.push(`- \`${r.id}\`: ${r.reading}`);
    out.push('');
  }
  if (inherited.length || pack.disabled.length) {
    out.push(`## Inherited rules (${inherited.length})`, '');
    if (inherited.length) out.push(...table(inherited), '');
    if (pack.disabled.length) {
      out.push('Turned off:', '');
      for (const d of pack.disabled) out.push(`- \`${d.ruleId}\` (by \`${d.by}\`): ${d.reason}`);
      out.push('');
    }
  }
  const ownNotEnforced = pack.notEnforced.filter((n) => n.by === pack.id);
  if (ownNotEnforced.length) {
    out.push('## Passages not enforced', '');
    out.push('What the text says that no rule of this pack checks, and why.', '');
    for (const n of ownNotEnforced) out.push(`- ${cite(n.citation)} — ${n.reason}`);
    out.push('');
  }
  if (pack.badgeRequiresApproval) {
    out.push('## Badge use', '');
    out.push(
      `Only approved credentials may use the badge${pack.badgeRequiresApproval.by === pack.id ? '' : ` (clause of \`${pack.badgeRequiresApproval.by}\`)`}. Given the proposal (\`approval: { proposal }\`), \`checkAward\` and \`toAuthorizedOpenBadgeCredential\` require its route to be approved and report \`award/route-not-approved\` otherwise.`,
      '',
      `- source: ${cite(pack.badgeRequiresApproval.citation)}`,
      '',
    );
  }
  out.push('## Waivable rules', '');
  out.push(pack.waivable.length ? pack.waivable.map((id) => `- \`${id}\``).join('\n') : 'None: no rule of this pack may be waived.', '');

  out.push('## Approval route', '');
  if (pack.route.steps.length === 0 && pack.route.removed.length === 0) {
    out.push('None: this pack sets no approval route, so a report judged by it alone shows no steps.', '');
    return out.join('\n');
  }
  out.push('Stages run in order; steps in the same stage can run in parallel. A step whose condition does not hold is shown as not required.', '');
  const silent = pack.route.steps.filter((s) => !s.reviewsAgainOn?.citation).length;
  if (pack.route.steps.length > 0) {
    out.push(
      `Each step says which changes to an approved proposal send it back to that step ("reviews again on"; \`microcred diff\` reports the approvals an edit leaves not covering the proposal). ${
        silent === pack.route.steps.length
          ? 'The texts say nothing on this for any step of this route: every step keeps the default, any change to the credential, and says so in its reading.'
          : `The texts say nothing on this for ${silent} of the ${pack.route.steps.length} steps: those keep the default, any change to the credential, and say so in their reading.`
      }`,
      '',
    );
  }
  const byId = new Map(pack.route.steps.map((s) => [s.id, s]));
  pack.route.stages.forEach((ids, i) => {
    ids.forEach((id, j) => out.push(...stepLine(byId.get(id)!, ids.length > 1 ? `${i + 1}${String.fromCharCode(97 + j)}.` : `${i + 1}.`)));
  });
  if (pack.route.removed.length) {
    out.push('', 'Steps of the parent route this pack replaces:', '');
    for (const r of pack.route.removed) out.push(`- \`${r.id}\` (by \`${r.by}\`): ${r.reason}`);
  }
  out.push('');
  return out.join('\n');
}
