import { defineRule } from '../../../src/engine/define-rule';

export default defineRule({
  id: 'binghamton/transcripted',
  title: 'A credit-bearing micro-credential appears on the transcript',
  severity: 'error',
  appliesTo: { creditBearing: true },
  citation: {
    source: 'binghamton-approved-motion.txt',
    section: 'APPROVED MOTION',
    passage: "Credit-bearing micro-credentials appear on a student's transcript",
  },
  description: 'The proposal states that the credential is noted on the student\'s transcript (credential.transcripted: true).',
  reading:
    'The motion in force says "Credit-bearing micro-credentials appear on a student\'s transcript", and the text above it "The micro-credentials will be transcripted": both state what every credit-bearing micro-credential is, without a hedge, so this is an error. A proposal that leaves credential.transcripted out has not shown it, which is also an error. The proposed text says "transcribed"; the pack reads both words the same way.',
  messages: { notTranscripted: 'State that the credit-bearing credential is transcripted (credential.transcripted: true).' },
  check: { assert: { '===': [{ var: 'credential.transcripted' }, true] }, path: ['credential', 'transcripted'] },
});
