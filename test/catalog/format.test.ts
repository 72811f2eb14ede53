import { describe, expect, test } from 'vitest';
import { parseCredential, pathways, pathwaysToMermaid, pathwaysToText, type Credential } from '../../src/index';

function credential(input: object): Credential {
  const result = parseCredential({ creditBearing: false, ...input });
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.credential;
}

const catalog = [
  credential({ id: 'a-b', title: 'Say "hi" <now> #1', kind: 'digital-badge', stacksInto: [{ kind: 'credential', id: 'a_b', title: 'AB' }] }),
  credential({
    id: 'a_b',
    title: 'AB',
    kind: 'micro-credential',
    stacksInto: [
      { kind: 'degree', title: 'MS in Analytics' },
      { kind: 'course-credit', title: 'Credit toward STAT 500' },
      { kind: 'credential', id: 'gone', title: 'Gone' },
    ],
  }),
  credential({ id: 'cert', title: 'Cert', kind: 'micro-certificate', theme: 'T', components: [{ credentialId: 'a_b' }] }),
];

describe('pathwaysToMermaid', () => {
  test('is a flowchart LR with stable, unique, Mermaid-safe ids, shapes by kind and escaped labels', () => {
    expect(pathwaysToMermaid(pathways(catalog))).toBe(
      [
        'flowchart LR',
        '  n_a_b(["Say #quot;hi#quot; #lt;now#gt; #35;1<br/>a-b"])',
        '  n_a_b_2["AB<br/>a_b"]',
        '  n_cert[["Cert<br/>cert"]]',
        '  n_course_credit_credit_toward_stat_500("Credit toward STAT 500<br/>course-credit")',
        '  n_degree_ms_in_analytics{{"MS in Analytics<br/>degree"}}',
        '  n_gone["Gone<br/>missing: gone"]',
        '  n_a_b --> n_a_b_2',
        '  n_a_b_2 -.->|part of| n_cert',
        '  n_a_b_2 --> n_course_credit_credit_toward_stat_500',
        '  n_a_b_2 --> n_degree_ms_in_analytics',
        '  n_a_b_2 --> n_gone',
        '  classDef external fill:#eef,stroke:#447;',
        '  class n_course_credit_credit_toward_stat_500,n_degree_ms_in_analytics external;',
        '  classDef missing stroke:#c00,stroke-dasharray:5 5;',
        '  class n_gone missing;',
        '',
      ].join('\n'),
    );
  });

  test('does not depend on input order', () => {
    expect(pathwaysToMermaid(pathways([...catalog].reverse()))).toBe(pathwaysToMermaid(pathways(catalog)));
  });
});

describe('pathwaysToText', () => {
  test('lists nodes in level order with what each stacks into', () => {
    const text = pathwaysToText(pathways(catalog));
    expect(text.split('\n').slice(0, 4)).toEqual(['3 credential(s), 2 other award(s), 1 missing, 5 link(s)', '', 'a-b  Say "hi" <now> #1 (digital-badge)', '  -> a_b  AB (micro-credential)']);
    expect(text).toContain('  -> cert  Cert (micro-certificate) [part of]');
  });

  test('ends with the cycles', () => {
    const loop = [credential({ id: 'x', title: 'X', kind: 'digital-badge', stacksInto: [{ kind: 'credential', id: 'x', title: 'X' }] })];
    expect(pathwaysToText(pathways(loop))).toMatch(/\ncycle: x -> x\n$/);
  });
});
