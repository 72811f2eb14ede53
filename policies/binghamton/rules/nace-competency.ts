import { defineRule } from '../../../src/engine/define-rule';
import { policyNaceCode } from '../nace';

export default defineRule({
  id: 'binghamton/nace-competency',
  title: 'Relates to at least one NACE career-readiness competency',
  severity: 'error',
  citation: {
    source: 'binghamton-approved-motion.txt',
    section: 'Binghamton micro-credentials',
    passage:
      'Each micro-credential has a demonstrated relationship to at least one the NACE competencies of critical thinking/problem solving, oral/written communications, teamwork/collaboration, digital technology, leadership, professionalism/work ethic, career management, and global/intercultural fluency.',
  },
  description:
    'At least one of the credential\'s competencies (credential.competencies) is a NACE competency of the eight-item list the policy quotes, or a later NACE competency that the `supersedes` crosswalk links to one of them.',
  reading:
    'The policy states this of every micro-credential without a hedge ("Each ... has", "at least one"), so it is an error. It quotes NACE\'s eight-item wording of 2017 but links to NACE\'s own page, so it is read as naming NACE\'s competencies, not freezing their wording: a NACE 2021 competency counts when the crosswalk in the NACE 2021 framework data (`supersedes`) links it to one of the eight (technology -> digital technology, communication -> oral/written communications, equity & inclusion -> global/intercultural fluency, and so on; all eight 2021 competencies have a link). A reference pinned to a version that does not define its code, a code NACE does not define, or another framework does not count.',
  messages: {
    none: 'Name at least one NACE career-readiness competency the credential develops (credential.competencies, framework "nace").',
    unrecognised: 'No NACE competency named ({codes}) is defined by NACE in the version given; use a code of the NACE 2017 or 2021 list.',
  },
  check: (proposal, { frameworks }) => {
    const competencies = proposal.credential.competencies;
    if (competencies.some((ref) => policyNaceCode(ref, frameworks) !== undefined)) return undefined;
    const codes = competencies.filter((ref) => ref.framework === 'nace').map((ref) => (ref.version === undefined ? ref.code : `${ref.code}@${ref.version}`));
    return codes.length > 0
      ? { messageId: 'unrecognised', path: ['credential', 'competencies'], data: { codes } }
      : { messageId: 'none', path: ['credential', 'competencies'] };
  },
});
