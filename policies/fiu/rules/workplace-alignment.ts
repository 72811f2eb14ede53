import { defineRule } from '../../../src/index';
import { SOURCE } from '../shared';

export default defineRule({
  id: 'fiu/workplace-alignment',
  title: 'Aligns to what the workplace or a post-graduate degree requires',
  severity: 'error',
  citation: {
    source: SOURCE,
    section: 'POLICY STATEMENT',
    passage:
      '4. Aligned to Industry/Post-Graduation needs: Proposed micro-credentials must align to competencies required for learners to be successful in the workplace and/or in a post-graduate degree.',
  },
  description: 'The proposal explains how its competencies are those learners need in the workplace or in a post-graduate degree (rationale.postGraduateAlignment).',
  reading:
    '"Must" makes this an error. "And/or" means either the workplace or a post-graduate degree is enough. The pack asks for the explanation; whether it convinces is for Academic and Student Affairs.',
  messages: {
    missing: 'Explain how the competencies prepare learners for the workplace or a post-graduate degree (rationale.postGraduateAlignment).',
  },
  check: {
    assert: { hasText: [{ var: 'rationale.postGraduateAlignment' }] },
    path: ['rationale', 'postGraduateAlignment'],
  },
});
