import { defineRule, type BadgeMetadataField } from '../../../src/index';
import { UB_SECTIONS, UB_SOURCE } from '../source';

/** The metadata UB names, in the order the text names them. */
const REQUIRED_FIELDS: readonly BadgeMetadataField[] = ['issuer', 'date-earned', 'criteria', 'evidence'];

export default defineRule({
  id: 'ub/badge-metadata',
  title: 'The badge carries issuer, date earned, criteria and evidence',
  severity: 'error',
  citation: {
    source: UB_SOURCE,
    section: UB_SECTIONS.definitions,
    passage:
      'they contain metadata, including information regarding the issuing institution, the date earned, the criteria required to earn the badge and the associated evidence related to the awarded badge.',
  },
  description:
    'The badge a digital badge or micro-credential awards lists issuer, date-earned, criteria and evidence among its metadata fields (credential.badge.metadata); one violation per missing field.',
  appliesTo: { kind: ['digital-badge', 'micro-credential'] },
  reading:
    'The text says what every UB badge contains, so each of the four fields is required (an error). A micro-credential that describes no badge at all is reported once, by ub/micro-credential-badge, not again here.',
  messages: {
    missingField: 'The badge metadata does not include "{field}"; UB badges carry the issuer, date earned, criteria and evidence (credential.badge.metadata).',
  },
  check: (proposal) => {
    const { kind, badge } = proposal.credential;
    if (badge === undefined && kind === 'micro-credential') return undefined;
    const present = new Set(badge?.metadata ?? []);
    return REQUIRED_FIELDS.filter((field) => !present.has(field)).map((field) => ({
      messageId: 'missingField',
      path: badge === undefined ? ['credential', 'badge'] : ['credential', 'badge', 'metadata'],
      data: { field },
    }));
  },
});
