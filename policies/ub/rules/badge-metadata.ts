import { defineRule } from '../../../src/engine/define-rule';
import type { BadgeMetadataField } from '../../../src/index';
import { UB_SECTIONS, UB_SOURCE } from '../source';

/** The metadata UB names, in the order the text names them. */
const NAMED_FIELDS: readonly BadgeMetadataField[] = ['issuer', 'date-earned', 'criteria', 'evidence'];

export default defineRule({
  id: 'ub/badge-metadata',
  title: 'A listed badge metadata includes issuer, date earned, criteria and evidence',
  severity: 'info',
  citation: {
    source: UB_SOURCE,
    section: UB_SECTIONS.definitions,
    passage:
      'they contain metadata, including information regarding the issuing institution, the date earned, the criteria required to earn the badge and the associated evidence related to the awarded badge.',
  },
  description:
    'When the proposal lists the metadata of the badge it awards (credential.badge.metadata), info for each of issuer, date-earned, criteria and evidence the list leaves out. A proposal that lists no metadata, or describes no badge, gets no finding.',
  appliesTo: { kind: ['digital-badge', 'micro-credential'] },
  reading:
    '"They contain metadata, including ..." describes what a UB badge is; it asks the proposal for nothing, with no "must" or "required". The badge itself is developed with the Director of Micro-Credentials and Digital Badges once the proposal is approved (step 4) and placed into Credly, so a proposal need not describe it. A description sets at most an info finding: when the proposal does list the badge\'s metadata, each field the text names and the list leaves out is an info note.',
  messages: {
    missingField: 'The listed badge metadata does not include "{field}"; UB describes its badges as carrying the issuer, date earned, criteria and evidence (credential.badge.metadata).',
  },
  check: (proposal) => {
    const listed = proposal.credential.badge?.metadata ?? [];
    if (listed.length === 0) return undefined;
    const present = new Set(listed);
    return NAMED_FIELDS.filter((field) => !present.has(field)).map((field) => ({
      messageId: 'missingField',
      path: ['credential', 'badge', 'metadata'],
      data: { field },
    }));
  },
});
