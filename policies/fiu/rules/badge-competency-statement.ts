import { defineRule } from '../../../src/engine/define-rule';
import { AWARDED_AS_BADGE, SOURCE } from '../shared';

export default defineRule({
  id: 'fiu/badge-competency-statement',
  title: 'A digital badge is guided by a competency statement',
  severity: 'info',
  citation: {
    source: SOURCE,
    section: 'DEFINITIONS',
    passage:
      'A badge is a type of micro-credential. Badges are guided by a competency statement and linked to student learning outcomes that can be assessed. Once the competencies are met, the badge can be issued.',
  },
  description:
    'A credential awarded as a digital badge (kind digital-badge, or form badge) states the competency statement that guides it: credential.competencyStatement, or a statement on each of its competencies.',
  reading:
    'The Definitions describe what a digital badge is ("Badges are guided by a competency statement"); a description of a category has no "must" or "should", so a badge without a competency statement is information for Academic and Student Affairs, never an error. The "can" of "can be assessed" and "can be issued" adds nothing to check. One statement for the badge (credential.competencyStatement) is enough; a badge may instead give one per competency (credential.competencies[].statement), and then every competency needs one. The link to learning outcomes is pointed out by fiu/competency-based (each competency named by an outcome).',
  messages: {
    missing: 'State the competency statement that guides the badge (credential.competencyStatement).',
  },
  appliesTo: AWARDED_AS_BADGE,
  check: (proposal) => {
    const credential = proposal.credential;
    if (credential.competencyStatement !== undefined) return undefined;
    const perCompetency = credential.competencies.length > 0 && credential.competencies.every((c) => c.statement !== undefined);
    return perCompetency ? undefined : { messageId: 'missing', path: ['credential', 'competencyStatement'] };
  },
});
