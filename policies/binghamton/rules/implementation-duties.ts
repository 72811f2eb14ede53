import { defineRule, type Finding } from '../../../src/index';

/** The duties the policy gives every proposing unit: keys of proposal.responsibilities, in the policy's words. */
const DUTIES: Readonly<Record<string, string>> = {
  criteria: 'establishing criteria for the micro-credential',
  advising: 'advising students',
  trackingProgress: 'tracking progress',
  qualifyingInstructors: 'qualifying instructors',
  evaluatingEvidence: 'evaluating evidence for badges',
};

/** The further duty of a credit-bearing credential. */
const TRANSCRIPTING: Readonly<Record<string, string>> = { transcripting: 'transcripting' };

export default defineRule({
  id: 'binghamton/implementation-duties',
  title: 'Names who carries each implementation duty',
  severity: 'error',
  citation: {
    source: 'binghamton-approved-motion.txt',
    section: 'Implementation issues',
    passage:
      'Proposing departments and programs are responsible for establishing criteria for the micro-credentials, advising students, tracking progress, qualifying instructors, and evaluating evidence for badges and for transcripting (credit-bearing).',
  },
  description:
    'The proposal names the role or unit responsible (responsibilities.<duty>.owner) for establishing criteria, advising, tracking progress, qualifying instructors and evaluating badge evidence, and, for a credit-bearing credential, transcripting.',
  reading:
    '"Are responsible for" places the duties on the proposing unit without a hedge, so an unassigned duty is an error. The text asks for responsibility, not a plan: naming the owner is enough. "And for transcripting (credit-bearing)" is read as one more duty, seeing the credential onto the transcript (responsibilities.transcripting), that only credit-bearing credentials have, since only they are transcripted.',
  messages: { unassigned: 'Name the role or unit responsible for {label} (responsibilities.{duty}.owner).' },
  check: (proposal) => {
    const duties = proposal.credential.creditBearing ? { ...DUTIES, ...TRANSCRIPTING } : DUTIES;
    const assigned = proposal.responsibilities ?? {};
    const findings: Finding[] = [];
    for (const [duty, label] of Object.entries(duties)) {
      if (!Object.hasOwn(assigned, duty)) findings.push({ path: ['responsibilities', duty], data: { duty, label } });
    }
    return findings;
  },
});
