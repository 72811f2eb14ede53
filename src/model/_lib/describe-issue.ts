import type * as z from 'zod/mini';

/**
 * A zod issue in plain words, for problems in pack definitions and options (zod/mini carries
 * no English messages of its own).
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `Unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}.`;
    case 'invalid_type':
      return `Expected ${issue.expected}.`;
    case 'invalid_value':
      return `Expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'too_small':
      return issue.origin === 'string' ? 'Must not be empty.' : `Needs at least ${String(issue.minimum)}${issue.origin === 'array' ? ' item(s)' : ''}.`;
    case 'too_big':
      return `At most ${String(issue.maximum)}${issue.origin === 'array' ? ' item(s)' : ''}.`;
    case 'invalid_union':
      return 'Does not match any of the allowed shapes.';
    case 'invalid_format':
      return issue.format === 'regex' || issue.message !== 'Invalid input' ? issue.message : `Not a valid ${issue.format}.`;
    default:
      return issue.message;
  }
}
