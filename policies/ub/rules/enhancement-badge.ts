import { defineRule } from '../../../src/engine/define-rule';
import { UB_SECTIONS, UB_SOURCE } from '../source';

export default defineRule({
  id: 'ub/enhancement-badge',
  title: 'An enhancement credential is described as a digital badge',
  severity: 'info',
  citation: {
    source: UB_SOURCE,
    section: UB_SECTIONS.types,
    passage: 'Enhancement: Co-curricular/extra-curricular and other "value-added" digital badges allow students to showcase their diverse experiences and skills.',
  },
  description: 'Info when a credential in the enhancement category is not a digital badge: the text describes the category as co-curricular, extra-curricular and other "value-added" digital badges.',
  appliesTo: { category: 'enhancement' },
  reading:
    'The passage describes a category ("Co-curricular/extra-curricular and other \"value-added\" digital badges allow students to showcase ..."); it sets no "must" or "only", and "broad categories" are not limits. A description of a category sets at most an info finding, so a micro-credential filed as enhancement gets an info note that the category is described as badges. The academic and emergent categories carry no condition a proposal can show ("may be stackable", "inter-disciplinary and/or experimental"), so they have no rule (see Not enforced).',
  messages: {
    notBadge: 'UB describes the enhancement category as co-curricular, extra-curricular and other "value-added" digital badges; this credential is not a digital badge (credential.kind), so check that enhancement is the category meant (credential.category).',
  },
  check: {
    assert: { '===': [{ var: 'credential.kind' }, 'digital-badge'] },
    path: ['credential', 'kind'],
  },
});
