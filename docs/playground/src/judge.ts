// What the page shows, computed without the DOM: the same parsing, positions and verdicts as
// `microcred check`, from the library's own modules.
import type { FileResult } from '../../../src/engine/format/types';
import { MicrocredError } from '../../../src/engine/errors';
import { loadPack } from '../../../src/engine/load-pack';
import type { Registry } from '../../../src/engine/registry';
import type { Pack } from '../../../src/engine/types';
import type { CredentialKind, Level } from '../../../src/model/credential';
import { PROPOSAL_SCHEMA_ID } from '../../../src/model/json-schema';
import { initTemplate } from '../../../src/cli/init-template';
import { checkParsed } from '../../../src/node/check-parsed';
import { parseDataText } from '../../../src/node/parse-text';

/** How the proposal is written. */
export type ProposalFormat = 'yaml' | 'json';

/** A problem shown under an editor, with where it is when that is known. */
export interface LocatedProblem {
  readonly code: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

/** A pasted pack: loaded, or the problems that stop it loading. */
export type PastedPack = { readonly pack: Pack; readonly problems: readonly [] } | { readonly pack?: undefined; readonly problems: readonly LocatedProblem[] };

/**
 * Reads a pack written in YAML (or JSON) and loads it like `microcred check --pack file.yaml`:
 * `extends` may name a built-in pack.
 */
export function loadPastedPack(text: string, registry: Registry): PastedPack {
  const parsed = parseDataText(text, { format: 'yaml' });
  if (parsed.errors.length > 0) return { problems: parsed.errors };
  try {
    return { pack: loadPack(parsed.data, { registry }), problems: [] };
  } catch (error) {
    if (!(error instanceof MicrocredError)) throw error;
    const problems = error.problems.length > 0 ? error.problems : [{ path: [], code: error.code, message: error.message }];
    return { problems: problems.map((p) => ({ code: p.code, message: `${p.path.length ? `${p.path.join('.')}: ` : ''}${p.message}`, ...parsed.locate(p.path) })) };
  }
}

/** Options for {@link judgeProposal}. */
export interface JudgeProposalOptions {
  readonly format: ProposalFormat;
  readonly asOf: string;
  /** Where the proposal's `policy:` is looked up when no pack is chosen. */
  readonly registry: Registry;
  /** The pack chosen in the picker, if any. */
  readonly pack?: Pack;
}

/** Judges the proposal text as `microcred check` judges a file: verdict, violations with line and column, route. */
export function judgeProposal(text: string, options: JudgeProposalOptions): FileResult {
  const parsed = parseDataText(text, { format: options.format });
  return checkParsed('proposal', parsed, { asOf: options.asOf, registry: options.registry, ...(options.pack && { pack: options.pack }) });
}

/** Options for {@link starterProposal}. */
export interface StarterProposalOptions {
  readonly asOf: string;
  readonly format: ProposalFormat;
  readonly kind?: CredentialKind;
  readonly creditBearing?: boolean;
  readonly level?: Level;
}

/** `microcred init`'s starter proposal for a pack, with its defaults; as JSON it loses the comments. */
export function starterProposal(pack: Pack, options: StarterProposalOptions): string {
  const { text } = initTemplate(pack, {
    asOf: options.asOf,
    kind: options.kind ?? 'micro-credential',
    creditBearing: options.creditBearing ?? true,
    level: options.level ?? 'undergraduate',
    schema: PROPOSAL_SCHEMA_ID,
  });
  return options.format === 'json' ? `${JSON.stringify(parseDataText(text).data, null, 2)}\n` : text;
}
