import { defineRule } from '../../../src/engine/define-rule';
import { UB_SECTIONS, UB_SOURCE } from '../source';

export default defineRule({
  id: 'ub/level-for-final-approval',
  title: 'States the level, so the route knows which dean gives final approval',
  severity: 'info',
  citation: {
    source: UB_SOURCE,
    section: UB_SECTIONS.step3,
    passage: 'If the proposal is approved, the committee will forward it to the appropriate (undergraduate or graduate) dean for final approval.',
  },
  description:
    'Info when the proposal states no level (credential.level: undergraduate, graduate or non-degree): the route cannot be planned past the committee, and its dean steps are `undetermined`.',
  reading:
    'The text names only "the appropriate (undergraduate or graduate) dean" and leaves the choice to the committee ("the committee will forward it"); it does not ask the proposal to state a level in so many words, so a missing level is not an error or a warning. But without one the pack cannot tell which dean gives final approval, so rather than add a step the text does not name, the dean steps are `undetermined` and this info finding says why. A non-degree level is a level: UB\'s post-traditional category serves non-degree students, and the route sends such a credential to the dean the committee finds appropriate (step `designated-dean`).',
  messages: {
    noLevel:
      'The proposal states no level (credential.level), so the route cannot be planned past the committee: UB sends an approved proposal to the appropriate (undergraduate or graduate) dean. State undergraduate, graduate or non-degree.',
  },
  check: {
    assert: { '!!': [{ var: 'credential.level' }] },
    path: ['credential', 'level'],
  },
});
