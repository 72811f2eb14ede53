import { defineRule } from '../../../src/engine/define-rule';
import type { Finding } from '../../../src/index';
import { AWARDED_AS_MICRO_CERTIFICATE, SOURCE } from '../shared';

export default defineRule({
  id: 'fiu/micro-certificate-collection',
  title: 'A micro-certificate collects related micro-credentials around a theme or meta-competency',
  severity: 'info',
  citation: {
    source: SOURCE,
    section: 'DEFINITIONS',
    passage: 'A micro-certificate is a collection of related micro-credentials that are related to a specific theme or meta-competency.',
  },
  description:
    'A credential awarded as a micro-certificate (kind micro-certificate, or form micro-certificate) lists at least two component micro-credentials (credential.components) and names its theme (credential.theme) or meta-competency (credential.metaCompetency).',
  reading:
    'The Definitions describe what a micro-certificate is; a description of a category has no "must" or "should", so one that does not fit it is information for Academic and Student Affairs, never an error. "A collection of related micro-credentials" is plural: at least two components. "A specific theme or meta-competency": either one is enough. The pack cannot judge whether the components are related to each other; Academic and Student Affairs does.',
  messages: {
    tooFew: 'A micro-certificate collects several micro-credentials; it lists {count}. Name at least two (credential.components).',
    noTheme: 'Name the theme (credential.theme) or meta-competency (credential.metaCompetency) that relates the micro-certificate\'s components.',
  },
  appliesTo: AWARDED_AS_MICRO_CERTIFICATE,
  check: (proposal) => {
    const credential = proposal.credential;
    const findings: Finding[] = [];
    if (credential.components.length < 2) {
      findings.push({ messageId: 'tooFew', path: ['credential', 'components'], data: { count: credential.components.length } });
    }
    if (credential.theme === undefined && credential.metaCompetency === undefined) {
      findings.push({ messageId: 'noTheme', path: ['credential', 'theme'] });
    }
    return findings;
  },
});
