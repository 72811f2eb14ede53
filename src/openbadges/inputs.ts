// The Open Badges functions take data as it comes (parsed or not): each checks every argument
// and throws one InvalidOptionError that lists every problem, with its path, before building
// anything, so a bad argument never surfaces as a TypeError from deep inside.
import * as z from 'zod/mini';
import { isIsoDate } from '../dates';
import { InvalidOptionError, type Problem } from '../engine/errors';
import { describeIssue } from '../model/_lib/describe-issue';
import { parseCredential } from '../model/parse';
import { parseLearnerRecord } from '../model/parse-learner-record';
import type { Credential } from '../model/credential';
import type { LearnerRecord } from '../model/learner-record';
import type { PathSegment, Violation } from '../model/violation';

/** Collects the problems of every argument of one call. */
export class ArgumentCheck {
  private readonly problems: Problem[] = [];

  constructor(private readonly fn: string) {}

  /** A credential, parsed (defaults filled in); its schema problems are kept under `name`. */
  credential(input: unknown, name = 'credential'): Credential | undefined {
    const parsed = parseCredential(input);
    if (parsed.success) return parsed.credential;
    this.addViolations(name, parsed.issues);
    return undefined;
  }

  /** A learner record, parsed; its schema problems are kept under `name`. */
  learnerRecord(input: unknown, name = 'record'): LearnerRecord | undefined {
    const parsed = parseLearnerRecord(input);
    if (parsed.success) return parsed.record;
    this.addViolations(name, parsed.issues);
    return undefined;
  }

  /** A value checked by a zod schema; its problems are kept under `name` (dotted, e.g. `award.issuer`). */
  schema<T extends z.ZodMiniType>(schema: T, input: unknown, name: string): z.infer<T> | undefined {
    const parsed = schema.safeParse(input, { jitless: true });
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      this.add([...name.split('.'), ...issue.path.filter((s): s is PathSegment => typeof s !== 'symbol')], issue.code, describeIssue(issue));
    }
    return undefined;
  }

  /** An optional `YYYY-MM-DD` date. */
  optionalDate(value: unknown, name: string): void {
    if (value !== undefined && !isIsoDate(value)) this.add([name], 'invalid-date', `Must be a date written as YYYY-MM-DD; got ${JSON.stringify(value)}.`);
  }

  add(path: readonly PathSegment[], code: string, message: string): void {
    this.problems.push({ path, code, message });
  }

  /** Throws when any argument had a problem. */
  done(): void {
    if (this.problems.length === 0) return;
    const count = this.problems.length;
    const lines = this.problems.map((p) => `  - ${p.path.join('.')}: ${p.message}`);
    throw new InvalidOptionError([`${this.fn} cannot use its arguments (${count} problem${count === 1 ? '' : 's'}):`, ...lines].join('\n'), this.problems);
  }

  private addViolations(name: string, issues: readonly Violation[]): void {
    for (const issue of issues) this.add([name, ...issue.path], issue.ruleId, issue.message);
  }
}
