import { defineRule } from '../../../src/index';
import { UB_SECTIONS, UB_SOURCE } from '../source';

export default defineRule({
  id: 'ub/category',
  title: 'Names one of the four categories',
  severity: 'error',
  citation: {
    source: UB_SOURCE,
    section: UB_SECTIONS.types,
    passage: 'There are four broad categories that micro-credentials fall into:',
  },
  description: 'The proposal places the credential in one of UB\'s four categories: academic, emergent, enhancement or post-traditional (credential.category).',
  reading:
    'The text presents the four categories as the ones every micro-credential (badges included: two categories are described as badges) falls into, so a proposal must say which; the schema only admits the four names. Leaving the category out is an error.',
  messages: {
    missing: 'Say which of UB\'s four categories the credential falls into: academic, emergent, enhancement or post-traditional (credential.category).',
  },
  check: {
    assert: { hasText: [{ var: 'credential.category' }] },
    path: ['credential', 'category'],
  },
});
