import { defineRule } from '../../../src/index';
import { UB_SECTIONS, UB_SOURCE } from '../source';

export default defineRule({
  id: 'ub/post-traditional-non-degree',
  title: 'A post-traditional credential serves non-degree students',
  severity: 'error',
  citation: {
    source: UB_SOURCE,
    section: UB_SECTIONS.types,
    passage:
      'Post-Traditional: In this category, digital badges may be awarded for continuing education, professional development and other non-degree programs that serve the needs of non-degree students.',
  },
  description: 'A credential in the post-traditional category is at the non-degree level (credential.level: non-degree).',
  appliesTo: { category: 'post-traditional' },
  reading:
    'The category is defined by whom it serves: non-degree programs for non-degree students, so a post-traditional credential at the undergraduate or graduate level (or with no level) is in the wrong category: an error. "Digital badges may be awarded" is read as permission, not as a limit on kind, so a credit-bearing non-degree micro-credential may also be post-traditional.',
  messages: {
    notNonDegree: 'The post-traditional category serves non-degree students; set credential.level to non-degree or choose another category (credential.category).',
  },
  check: {
    assert: { '===': [{ var: 'credential.level' }, 'non-degree'] },
    path: ['credential', 'level'],
  },
});
