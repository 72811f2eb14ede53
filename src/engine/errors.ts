/** One problem found in a pack definition or an option, with where it is. */
export interface Problem {
  /** Path inside the pack definition (or option), e.g. `['rules', 3, 'check', 'assert']`. */
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: string;
}

/**
 * Base class of the errors microcred throws. It throws only for mistakes in code or
 * configuration (a bad pack, an unknown pack id, a date no policy covers), never for the
 * proposals it judges.
 */
export class MicrocredError extends Error {
  /** Stable code, e.g. `invalid-pack`. */
  readonly code: string;
  /** Every problem found, when there are several. */
  readonly problems: readonly Problem[];

  constructor(code: string, message: string, problems: readonly Problem[] = []) {
    super(message);
    this.name = 'MicrocredError';
    this.code = code;
    this.problems = problems;
  }
}

/**
 * A pack definition that cannot be used; `problems` lists everything wrong with it.
 *
 * @example
 * ```ts
 * try { definePack(definition); } catch (error) {
 *   if (error instanceof PackError) error.problems.map((p) => `${p.path.join('.')}: ${p.message}`);
 * }
 * ```
 */
export class PackError extends MicrocredError {
  readonly packId: string | undefined;

  constructor(packId: string | undefined, problems: readonly Problem[]) {
    const head = `Pack${packId ? ` "${packId}"` : ''} is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'})`;
    const lines = problems.map((p) => `  - ${p.path.length ? p.path.join('.') + ': ' : ''}${p.message}`);
    super('invalid-pack', [head + ':', ...lines].join('\n'), problems);
    this.name = 'PackError';
    this.packId = packId;
  }
}

/**
 * No revision of the pack's policy was in force on the date asked for.
 *
 * @example
 * ```ts
 * evaluate(proposal, fiu, { asOf: '2019-01-01' }); // throws NoPolicyInForceError
 * ```
 */
export class NoPolicyInForceError extends MicrocredError {
  readonly packId: string;
  readonly asOf: string;

  constructor(packId: string, asOf: string, firstFrom: string | undefined) {
    super(
      'no-policy-in-force',
      `No policy of pack "${packId}" is in force on ${asOf}` +
        (firstFrom && asOf < firstFrom ? `; its first revision takes effect on ${firstFrom}.` : '.'),
    );
    this.name = 'NoPolicyInForceError';
    this.packId = packId;
    this.asOf = asOf;
  }
}

/** A pack id that a registry does not hold. */
export class UnknownPackError extends MicrocredError {
  readonly packId: string;
  readonly known: readonly string[];

  constructor(packId: string, known: readonly string[]) {
    super('unknown-pack', `Unknown pack "${packId}". Known packs: ${known.join(', ') || '(none)'}.`);
    this.name = 'UnknownPackError';
    this.packId = packId;
    this.known = known;
  }
}

/**
 * An option or argument a function was called with that it cannot use, such as a malformed
 * `asOf` or a credential that is not well-formed; `problems` lists each one, with its path.
 *
 * @example
 * ```ts
 * try { toOpenBadgeAchievement(data, issuer); } catch (error) {
 *   if (error instanceof InvalidOptionError) error.problems.map((p) => `${p.path.join('.')}: ${p.message}`);
 * }
 * ```
 */
export class InvalidOptionError extends MicrocredError {
  constructor(message: string, problems: readonly Problem[] = []) {
    super('invalid-option', message, problems);
    this.name = 'InvalidOptionError';
  }
}
