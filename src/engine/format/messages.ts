/**
 * Fills `{name}` placeholders in a message template from data. Unknown placeholders are left
 * as written; arrays are joined with ", ".
 *
 * @example
 * ```ts
 * formatMessage('{title} totals {credits} credits; the maximum is {max}.', { title: 'Data', credits: 15, max: 12 });
 * // 'Data totals 15 credits; the maximum is 12.'
 * ```
 */
export function formatMessage(template: string, data: Readonly<Record<string, unknown>> | undefined): string {
  if (!data || template.indexOf('{') === -1) return template;
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(data, name)) return whole;
    return renderValue(data[name]);
  });
}

function renderValue(value: unknown, depth = 0): string {
  // Nested lists are flattened only a few levels; deeper ones are written as JSON, so a
  // deeply nested value cannot exhaust the stack.
  if (Array.isArray(value) && depth < 4) return value.map((item) => renderValue(item, depth + 1)).join(', ');
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Message templates for problems `parseProposal` finds, by message id. */
export const SCHEMA_MESSAGES: Readonly<Record<string, string>> = {
  required: '{pointer} is required ({expected}).',
  invalid_type: '{pointer} must be {expected}, not {received}.',
  invalid_value: '{pointer} must be one of {expected}.',
  unrecognized_keys: '"{key}" is not a field here; check its spelling, or move your own data under "extensions".',
  too_big_array: '{pointer} has more than {bound} items.',
  too_small_array: '{pointer} needs at least {bound} item(s).',
  too_big_string: '{pointer} is longer than {bound} characters.',
  too_small_string: '{pointer} must not be empty.',
  too_big_number: '{pointer} must be at most {bound}.',
  too_small_number: '{pointer} must be at least {bound}.',
  unreadable: 'The input could not be read as data.',
  custom: '{pointer}: {detail}',
};

/** Message templates for the engine's own checks, by message id. */
export const ENGINE_MESSAGES: Readonly<Record<string, string>> = {
  'rule-failed': 'Rule {ruleId} could not run on this proposal ({error}); this is a fault in the pack, not in the proposal.',
  'route-failed': 'The approval route of pack {pack} could not be worked out for this proposal ({error}); this is a fault in the pack, not in the proposal.',
  'text-not-held': 'Revision {revision} of pack {pack} is in force on {asOf}, but the pack does not hold its text; the proposal is judged by the text of revision {textApplied}.',
  'policy-mismatch': 'The proposal is written for pack "{policy}" but is being judged by "{pack}".',
  'unknown-step': 'Approval recorded for "{step}", which is not a step of the {pack} route (steps: {steps}).',
  'step-not-required': 'Approval recorded for "{step}", which this proposal does not need.',
  'out-of-order': '"{step}" decided on {date} before "{waitingFor}" had approved.',
  'earlier-revision': '"{step}" approved revision {revision}; the proposal is at revision {current}. Whether the approval still covers it depends on what changed: compare the two revisions with microcred diff.',
  'approval-not-covering': '"{step}" approved revision {revision}; the proposal is at revision {current}, and the step reviews every new revision again.',
  'decision-not-allowed': '"{step}" cannot decide "{decision}" under this policy.',
  'waiver-unknown-rule': 'The waiver names "{ruleId}", which is not a rule of pack "{pack}".',
  'waiver-not-waivable': 'The waiver for "{ruleId}" cannot apply: the pack does not allow that rule to be waived.',
  'waiver-expired': 'The waiver for "{ruleId}" expired on {expires}.',
  'waiver-unused': 'The waiver for "{ruleId}" is not needed: the rule finds nothing to waive.',
  'waiver-duplicate': 'A second waiver for "{ruleId}"; only the first is used.',
};
