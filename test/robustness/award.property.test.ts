// checkAward on randomly damaged valid inputs (the award fixtures, and the credential of every
// proposal in the corpus, each against the eligible and ineligible learner records): it never
// throws, never changes its input, answers the same twice, and every unmet requirement's path
// fits the input. (Arbitrary JSON values are in test/award/never-throws.test.ts.)
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkAward } from '../../src/index';
import { builtinPacks } from '../../policies/index';
import { readData, ROOT } from '../_helpers/files';
import { AS_OF, deepFreeze, mutatedProposal, pathFitsInput, proposalCorpus, SEED, snapshot } from './_support';

const fixtures = join(ROOT, 'test', 'fixtures', 'award');
const records = [readData(join(fixtures, 'eligible.yaml')), readData(join(fixtures, 'ineligible.yaml'))];
// Each entry is an award input: { credential, learnerRecord }, so one mutation can damage either.
const corpus = [
  { source: 'award/data-analytics.yaml', proposal: { credential: readData(join(fixtures, 'data-analytics.yaml')), learnerRecord: records[0] } },
  ...proposalCorpus().flatMap(({ source, proposal }, i) => {
    const credential = (proposal as { credential?: unknown }).credential;
    return credential === undefined ? [] : [{ source, proposal: { credential, learnerRecord: records[i % 2] } }];
  }),
];

describe('checkAward on damaged valid inputs', () => {
  test('never throws or mutates, answers the same twice, and every path fits the input', () => {
    fc.assert(
      fc.property(mutatedProposal(corpus), fc.constantFrom(undefined, ...builtinPacks), ({ proposal }, pack) => {
        const { credential, learnerRecord } = (proposal ?? {}) as { credential?: unknown; learnerRecord?: unknown };
        const before = snapshot(proposal);
        const frozen = deepFreeze(structuredClone(proposal)) as typeof proposal & { credential?: unknown; learnerRecord?: unknown };
        const options = { asOf: AS_OF, ...(pack && { pack }) };
        const first = checkAward(credential, learnerRecord, options);
        expect(checkAward(frozen?.credential, frozen?.learnerRecord, options)).toEqual(first);
        expect(snapshot(proposal)).toEqual(before);
        for (const unmet of first.unmet) {
          const [root, ...rest] = unmet.path;
          const input = root === 'credential' ? credential : root === 'learnerRecord' ? learnerRecord : undefined;
          expect(root === 'credential' || root === 'learnerRecord', unmet.ruleId).toBe(true);
          expect(pathFitsInput(input, rest), `${unmet.ruleId} ${unmet.pointer}`).toBe(true);
        }
      }),
      { numRuns: 300, seed: SEED },
    );
  });
});
