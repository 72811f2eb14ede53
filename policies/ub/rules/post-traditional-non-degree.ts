import { defineRule } from '../../../src/engine/define-rule';
import { UB_SECTIONS, UB_SOURCE } from '../source';

export default defineRule({
  id: 'ub/post-traditional-non-degree',
  title: 'A post-traditional credential is described as serving non-degree students',
  severity: 'info',
  citation: {
    source: UB_SOURCE,
    section: UB_SECTIONS.types,
    passage:
      'Post-Traditional: In this category, digital badges may be awarded for continuing education, professional development and other non-degree programs that serve the needs of non-degree students.',
  },
  description: 'Info when a credential in the post-traditional category states the undergraduate or graduate level: the text describes the category as non-degree programs for non-degree students. A credential that states no level gets no finding here.',
  appliesTo: { category: 'post-traditional' },
  reading:
    '"In this category, digital badges may be awarded for ..." grants permission and describes a category; it requires nothing, with no "must" or "only". A description of a category sets at most an info finding: a post-traditional credential that states the undergraduate or graduate level gets an info note, and one that states no level gets none (the missing level matters for the route, reported by ub/level-for-final-approval). "May be awarded" is not a limit on kind either, so a credit-bearing non-degree micro-credential may also be post-traditional.',
  messages: {
    notNonDegree: 'UB describes the post-traditional category as non-degree programs that serve non-degree students; this credential is at the {level} level (credential.level), so check that post-traditional is the category meant (credential.category).',
  },
  check: {
    assert: { '!': [{ in: [{ var: 'credential.level' }, ['undergraduate', 'graduate']] }] },
    path: ['credential', 'level'],
    data: { level: { var: 'credential.level' } },
  },
});
