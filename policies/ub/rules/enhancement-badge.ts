import { defineRule } from '../../../src/index';
import { UB_SECTIONS, UB_SOURCE } from '../source';

export default defineRule({
  id: 'ub/enhancement-badge',
  title: 'An enhancement credential is a digital badge',
  severity: 'error',
  citation: {
    source: UB_SOURCE,
    section: UB_SECTIONS.types,
    passage: 'Enhancement: Co-curricular/extra-curricular and other "value-added" digital badges allow students to showcase their diverse experiences and skills.',
  },
  description: 'A credential in the enhancement category is a digital badge (co-curricular or extra-curricular, so not credit-bearing).',
  appliesTo: { category: 'enhancement' },
  reading:
    'The text defines the enhancement category as co-curricular, extra-curricular and other "value-added" digital badges, so a micro-credential (a credit-bearing academic program) filed as enhancement is in the wrong category: an error. The academic and emergent categories carry no condition a proposal can show ("may be stackable", "inter-disciplinary and/or experimental"), so they have no rule.',
  messages: {
    notBadge: 'The enhancement category holds co-curricular and extra-curricular digital badges; propose a digital badge or choose another category (credential.category).',
  },
  check: {
    assert: { '===': [{ var: 'credential.kind' }, 'digital-badge'] },
    path: ['credential', 'kind'],
  },
});
