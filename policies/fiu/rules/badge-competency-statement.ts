import { defineRule } from '../../../src/index';
import { AWARDED_AS_BADGE, SOURCE } from '../shared';

export default defineRule({
  id: 'fiu/badge-competency-statement',
  title: 'A digital badge is guided by a competency statement',
  severity: 'error',
  citation: {
    source: SOURCE,
    section: 'DEFINITIONS',
    passage:
      'A badge is a type of micro-credential. Badges are guided by a competency statement and linked to student learning outcomes that can be assessed. Once the competencies are met, the badge can be issued.',
  },
  description:
    'A credential awarded as a digital badge (kind digital-badge, or form badge) states the competency statement that guides it: credential.competencyStatement, or a statement on each of its competencies.',
  reading:
    'The definition says what a badge is, so a badge without a competency statement is an error. One statement for the badge (credential.competencyStatement) is enough; a badge may instead give one per competency (credential.competencies[].statement), and then every competency needs one. The link to assessable learning outcomes is checked by fiu/competency-based (each competency named by an outcome) and fiu/assessment-requirements (each outcome assessed).',
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
