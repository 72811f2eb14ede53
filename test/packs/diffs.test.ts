// Edits to whole proposals, per pack (policies/<pack>/diffs/*.yaml): a base proposal (taken
// from one of the pack's scenarios), edits applied to both versions and to the new one, and
// what the diff must say. Each runs through diffProposals and through the built CLI.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { diffProposals, type ProposalDiff } from '../../src/index';
import { builtinPacks } from '../../policies/index';
import { listFiles, POLICIES, readData } from '../_helpers/files';
import { microcred } from '../_helpers/run-cli';

interface Edit {
  readonly set?: string;
  readonly remove?: string;
  readonly value?: unknown;
}

interface DiffCase {
  readonly description: string;
  readonly base: string;
  readonly asOf: string;
  readonly both?: readonly Edit[];
  readonly before?: readonly Edit[];
  readonly after?: readonly Edit[];
  readonly expect: {
    readonly exitCode: number;
    readonly fields: readonly string[];
    readonly introduced: readonly string[];
    readonly resolved: readonly string[];
    readonly before?: Partial<ProposalDiff['before']>;
    readonly after?: Partial<ProposalDiff['after']>;
    readonly routeSteps: readonly { step: string; change: string; because: readonly string[] }[];
    readonly approvalsNotCovering: readonly { step: string; because: readonly string[] }[];
  };
}

/** Applies `set` / `remove` edits at JSON pointers (`-` appends to a list) to a copy. */
function edited(proposal: unknown, edits: readonly Edit[]): unknown {
  const copy = structuredClone(proposal) as Record<string, unknown>;
  for (const edit of edits) {
    const pointer = edit.set ?? edit.remove!;
    const keys = pointer.slice(1).split('/');
    const last = keys.pop()!;
    let parent: any = copy;
    for (const key of keys) parent = parent[key];
    if (edit.remove !== undefined) {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else if (Array.isArray(parent) && last === '-') parent.push(edit.value);
    else parent[last] = edit.value;
  }
  return copy;
}

function observed(diff: ProposalDiff) {
  return {
    fields: diff.fields.map((f) => `${f.kind} ${f.pointer}`),
    introduced: diff.violations.introduced.map((v) => v.ruleId),
    resolved: diff.violations.resolved.map((v) => v.ruleId),
    routeSteps: diff.route.steps.map(({ step, change, because }) => ({ step, change, because })),
    approvalsNotCovering: diff.route.approvalsNotCovering.map(({ step, because }) => ({ step, because })),
  };
}

const withDiffs = builtinPacks.filter((pack) => listFiles(join(POLICIES, pack.id, 'diffs'), /\.ya?ml$/).length > 0);

test('the packs the issue names have diff scenarios', () => {
  expect(withDiffs.map((p) => p.id).sort()).toEqual(expect.arrayContaining(['binghamton', 'ub']));
});

describe.each(withDiffs.map((pack) => [pack.id, pack] as const))('pack %s diffs', (packId, pack) => {
  const dir = join(POLICIES, packId, 'diffs');
  const files = listFiles(dir, /\.ya?ml$/);

  test.each(files)('%s', (file) => {
    const c = readData(join(dir, file)) as DiffCase;
    const base = (readData(join(POLICIES, packId, c.base)) as { proposal: unknown }).proposal;
    const common = edited(base, c.both ?? []);
    const before = edited(common, c.before ?? []);
    const after = edited(common, c.after ?? []);

    const diff = diffProposals(before, after, pack, { asOf: c.asOf });
    const { exitCode, before: beforeSide, after: afterSide, ...expected } = c.expect;
    expect(observed(diff)).toEqual(expected);
    if (beforeSide) expect(diff.before).toMatchObject(beforeSide);
    if (afterSide) expect(diff.after).toMatchObject(afterSide);

    // The same through the built CLI, as a pull request check would run it.
    const tmp = mkdtempSync(join(tmpdir(), 'microcred-diff-'));
    writeFileSync(join(tmp, 'old.json'), JSON.stringify(before));
    writeFileSync(join(tmp, 'new.json'), JSON.stringify(after));
    const run = microcred(['diff', join(tmp, 'old.json'), join(tmp, 'new.json'), '--pack', packId, '--as-of', c.asOf, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(exitCode);
    const output = JSON.parse(run.stdout) as { files: { diff: ProposalDiff }[] };
    expect(output.files).toHaveLength(1);
    expect(observed(output.files[0]!.diff)).toEqual(expected);
  });
});
