import { defineRule } from '../../../src/engine/define-rule';
import type { Finding } from '../../../src/index';
import { SOURCE } from '../shared';

export default defineRule({
  id: 'fiu/slos-and-pos',
  title: 'States student learning outcomes and program outcomes',
  severity: 'error',
  citation: {
    source: SOURCE,
    section: 'POLICY STATEMENT',
    passage: 'All approved micro-credentials must have student learning outcomes (SLOs) and program outcomes (POs) associated with them.',
  },
  description: 'The credential states at least one student learning outcome (credential.learningOutcomes) and at least one program outcome (credential.programOutcomes).',
  reading: '"Must" makes this an error, for SLOs and POs alike and for every kind of micro-credential ("all approved micro-credentials").',
  messages: {
    noSlos: 'State the student learning outcomes (credential.learningOutcomes).',
    noPos: 'State the program outcomes (credential.programOutcomes).',
  },
  check: (proposal) => {
    const { learningOutcomes, programOutcomes } = proposal.credential;
    const findings: Finding[] = [];
    if (learningOutcomes.length === 0) findings.push({ messageId: 'noSlos', path: ['credential', 'learningOutcomes'] });
    if (programOutcomes.length === 0) findings.push({ messageId: 'noPos', path: ['credential', 'programOutcomes'] });
    return findings;
  },
});
