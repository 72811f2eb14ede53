import { defineRule } from '../../../src/engine/define-rule';
import { UB_SECTIONS, UB_SOURCE } from '../source';

export default defineRule({
  id: 'ub/category',
  title: 'Says which of the four categories it falls into',
  severity: 'info',
  citation: {
    source: UB_SOURCE,
    section: UB_SECTIONS.types,
    passage: 'There are four broad categories that micro-credentials fall into:',
  },
  description: 'Info when the proposal does not place the credential in one of UB\'s four categories: academic, emergent, enhancement or post-traditional (credential.category).',
  reading:
    '"There are four broad categories that micro-credentials fall into" describes the categories; the page asks no one to name one, with no "must" or "should". A description of a category sets at most an info finding, so a proposal that leaves the category out gets an info reminder (the rules on the enhancement and post-traditional categories use it); the schema only admits the four names.',
  messages: {
    missing: 'The proposal does not say which of UB\'s four categories the credential falls into: academic, emergent, enhancement or post-traditional (credential.category).',
  },
  check: {
    assert: { hasText: [{ var: 'credential.category' }] },
    path: ['credential', 'category'],
  },
});
