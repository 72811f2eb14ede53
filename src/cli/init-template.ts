import { dump } from 'js-yaml';
import { evaluate } from '../engine/evaluate';
import type { Pack } from '../engine/types';
import type { CredentialKind, Level } from '../model/credential';
import type { ProposalInput } from '../model/proposal';

/** Options for {@link initTemplate}. */
export interface InitTemplateOptions {
  /** The date the pack's open questions are listed at, `YYYY-MM-DD`. */
  readonly asOf: string;
  readonly kind: CredentialKind;
  readonly creditBearing: boolean;
  readonly level: Level;
  /** Where the proposal's `$schema` points. */
  readonly schema: string;
  /** The file name the "check it with" hint names. */
  readonly file?: string;
}

/**
 * The starter proposal `microcred init` writes: a proposal that parses, headed by the pack's
 * open questions as comments. Pure (no file system), so the playground offers the same text.
 */
export function initTemplate(pack: Pack, options: InitTemplateOptions): { readonly text: string; readonly asks: number } {
  const starter: ProposalInput = {
    $schema: options.schema,
    schemaVersion: 1,
    policy: pack.id,
    proposer: { department: 'Your department', contactRole: 'Your role, e.g. Program director' },
    credential: {
      id: 'my-micro-credential',
      title: 'Title of the credential',
      kind: options.kind,
      creditBearing: options.creditBearing,
      level: options.level,
      ...(options.creditBearing && creditBearingCourses()),
      ...(pack.rules.some((rule) => rule.packId === 'eu') && standardElementPlaceholders()),
    },
  };
  const report = evaluate(starter, pack, { asOf: options.asOf });
  const asks = report.violations.map((v) => `#   - ${v.ruleId} (${v.severity}): ${v.message}`);
  const header = [
    `# yaml-language-server: $schema=${options.schema}`,
    `# A starter ${options.kind} proposal for ${pack.name} (${pack.id} ${pack.version}), written by "microcred init".`,
    `# Check it with: npx microcred check ${options.file ?? '<file>'}`,
    '#',
    `# What the ${pack.id} pack will still ask for (as of ${options.asOf}):`,
    ...(asks.length ? asks : ['#   nothing: it already complies.']),
    ...(options.creditBearing
      ? ['#', '# Courses: required ones, and elective options (required: false) with an elective group that says', '# how many of them a learner takes ("choose k of"); credit limits count the most a learner can take.']
      : []),
    `# Explain any rule with: npx microcred explain <rule-id>`,
    '',
  ].join('\n');
  return { text: header + dump(starter, { lineWidth: 100, noRefs: true }), asks: asks.length };
}

/** Placeholder coursework for a credit-bearing starter: two required courses and a "choose 1 of 2" elective group. */
function creditBearingCourses(): Pick<NonNullable<ProposalInput['credential']>, 'courses' | 'electiveGroups'> {
  const credits = { value: 3, unit: 'us-credit-hour' } as const;
  return {
    courses: [
      { code: 'ABC 101', title: 'A required course', credits },
      { code: 'ABC 102', title: 'Another required course', credits },
      { code: 'ABC 201', title: 'An elective option', credits, required: false },
      { code: 'ABC 202', title: 'Another elective option', credits, required: false },
    ],
    electiveGroups: [{ title: 'Electives', choose: 1, options: ['ABC 201', 'ABC 202'] }],
  };
}

/**
 * For a pack with the European standard elements (`eu`): placeholders for the elements that
 * take words. Those that take a choice or a number (country, form of participation, workload,
 * EQF level, supervision, integration) are left to the pack's questions, so no made-up value
 * answers them.
 */
function standardElementPlaceholders(): Pick<NonNullable<ProposalInput['credential']>, 'institution' | 'assessment' | 'qualityAssurance' | 'prerequisites'> {
  return {
    institution: { name: 'Your institution (the awarding body)' },
    assessment: { method: 'Your type of assessment, e.g. project report and oral examination' },
    qualityAssurance: [{ type: 'Your quality assurance, e.g. internal programme review' }],
    prerequisites: 'What a learner needs to enrol, or None',
  };
}
