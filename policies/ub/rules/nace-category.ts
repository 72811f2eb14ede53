import { defineRule } from '../../../src/engine/define-rule';
import { ubNaceCategory } from '../nace-categories';
import { STEP_1_INSTRUCTION, STEP_1_READING, UB_SECTIONS, UB_SOURCE } from '../source';

export default defineRule({
  id: 'ub/nace-category',
  title: 'Step-1 question 2: falls under one of the seven NACE categories UB lists',
  severity: 'info',
  citation: {
    source: UB_SOURCE,
    section: UB_SECTIONS.step1,
    passage: `${STEP_1_INSTRUCTION} [...] 2. Does your micro-credential fall under one of the following broad categories as defined by the National Association of Colleges and Employers? • Critical thinking/problem solving • Oral/written communications • Global/intercultrural fluency • Leadership • Teamwork/collaboration • Digital technology • Professionalism`,
  },
  description:
    'Info unless at least one of the credential\'s competencies (credential.competencies) is a NACE competency that falls under one of the seven categories UB lists. NACE 2017 codes count directly; NACE 2021 codes count through the `supersedes` crosswalk.',
  reading:
    `${STEP_1_READING} Question 2 is a yes/no question ("Does your micro-credential fall under one of the following broad categories ...?"), and "no" is an answer too: the finding says only that none of the named competencies falls under UB's list, so the proposer is ready for the question. Further competencies, NACE or not, are allowed. UB lists seven of the eight items of NACE\'s 2017 wording: career management is left out, so a credential whose only NACE competency is career management (or NACE 2021 career & self-development, which supersedes it) falls under none of UB\'s categories. UB\'s "Professionalism" is read as NACE 2017 "Professionalism/work ethic". A NACE 2021 competency falls under the UB category it supersedes: communication → oral/written communications, critical thinking → critical thinking/problem solving, equity & inclusion → global/intercultural fluency, leadership → leadership, professionalism → professionalism, teamwork → teamwork/collaboration, technology → digital technology.`,
  messages: {
    none: 'UB asks proposers to be able to say whether the credential falls under one of the NACE categories it lists (step-1 question 2); the proposal names no NACE competency (credential.competencies, framework "nace").',
    notListed:
      'None of the named NACE competencies ({codes}) falls under the seven categories UB lists (step-1 question 2: critical thinking/problem solving, oral/written communications, global/intercultural fluency, leadership, teamwork/collaboration, digital technology, professionalism); career management (NACE 2021: career & self-development) is not among them. Be ready to answer the question.',
  },
  check: (proposal, { frameworks }) => {
    const competencies = proposal.credential.competencies;
    if (competencies.some((ref) => ubNaceCategory(ref, frameworks) !== undefined)) return undefined;
    const nace = competencies.filter((ref) => ref.framework === 'nace');
    if (nace.length === 0) return { messageId: 'none', path: ['credential', 'competencies'] };
    return { messageId: 'notListed', path: ['credential', 'competencies'], data: { codes: nace.map((ref) => ref.code).join(', ') } };
  },
});
