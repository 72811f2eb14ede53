import type { NotEnforced } from '../../src/index';

const SOURCE = 'binghamton-approved-motion.txt';

/** Passages of the Binghamton text that no rule checks, each with the reason. */
export const binghamtonNotEnforced: readonly NotEnforced[] = [
  {
    citation: {
      source: SOURCE,
      section: 'Implementation issues',
      passage:
        'Proposing departments and programs are responsible for establishing criteria for the micro-credentials, advising students, tracking progress, qualifying instructors, and evaluating evidence for badges and for transcripting (credit-bearing).',
    },
    reason:
      '"Are responsible for" gives five duties (establishing criteria, advising students, tracking progress, qualifying instructors, evaluating evidence for badges and for transcripting) to the proposing departments and programs. It does not ask the proposal to name who carries them, so a proposal has nothing to show here; a rule asking for owners would add a duty the text does not state. Proposals may still record owners in `responsibilities`.',
  },
  {
    citation: {
      source: SOURCE,
      section: 'What is a micro-credential?',
      passage: 'They are generally shorter than degrees or certificates, and can be implemented through local campus approval procedures.',
    },
    reason: '"Generally" describes micro-credentials and gives no length to check; "can be implemented" is a permission, realised by the route.',
  },
  {
    citation: {
      source: SOURCE,
      section: 'What is a micro-credential?',
      passage: 'They may incorporate classes within the typical semester schedule or use shorter or more flexible options.',
    },
    reason: '"May": a permission, nothing to check.',
  },
  {
    citation: {
      source: SOURCE,
      section: 'What is a micro-credential?',
      passage: 'In either case, they are generally associated with a digital badge that includes evidence of student learning or demonstrated competency.',
    },
    reason:
      '"Generally" would make this a warning at most; the motion in force is firmer ("result in issuance of a digital badge including evidence of the competencies achieved"), and `binghamton/badge-with-evidence` enforces the motion.',
  },
  {
    citation: {
      source: SOURCE,
      section: 'Binghamton micro-credentials',
      passage:
        'Binghamton micro-credentials have a clear purpose of preparing students for the workforce, helping students stand out to employers, bridging to larger credentials, supporting life-long learning opportunities for professionals, and enhancing professional skills through continuing education.',
    },
    reason:
      'Describes the purposes micro-credentials serve. `binghamton/purpose-and-benefit` asks that a purpose be stated ("demonstration of a clear purpose and benefit"); whether it is one of these is for the reviewers, so the pack does not classify it.',
  },
  {
    citation: {
      source: SOURCE,
      section: 'APPROVED MOTION',
      passage: 'Micro-credentials at Binghamton are a collection of courses and experience that help students develop and document professional skills and competencies.',
    },
    reason: 'A definition of the category; the rules on competencies, courses and evidence check what it implies.',
  },
  {
    citation: {
      source: SOURCE,
      section: 'APPROVED MOTION',
      passage: 'normally involve at least two courses, in addition to other required experiences in some cases.',
    },
    reason:
      '"In some cases" (and "may also require additional experiences" in the text above the motion): a credential may require experiences besides courses; nothing requires it to, so there is nothing to check. The courses part is `binghamton/min-two-courses`.',
  },
  {
    citation: {
      source: SOURCE,
      section: 'There are two types of micro-credentials',
      passage: 'They will also be associated with digital badges issued by Binghamton University through Credly Acclaim',
    },
    reason: 'Names the platform the university issues badges through, a means of issuing, not something a proposal states. The badge itself is `binghamton/badge-with-evidence`.',
  },
  {
    citation: {
      source: SOURCE,
      section: 'APPROVED MOTION',
      passage: 'Non-credit micro-credentials are typically smaller experiences but must demonstrate high quality and value added for the recipient.',
    },
    reason:
      '"Typically smaller" describes non-credit micro-credentials and gives no size to check. "Must demonstrate ... value added for the recipient" is checked through the benefit `binghamton/purpose-and-benefit` asks for, and quality through the inherited `suny` rules on outcomes and assessment.',
  },
  {
    citation: {
      source: SOURCE,
      section: 'There are two types of micro-credentials',
      passage: 'The digital badges are high quality learning experiences that provide demonstrated value for recipients.',
    },
    reason: 'Describes what the badges are; the motion\'s "must demonstrate high quality and value added" is what the pack checks (see above).',
  },
  {
    citation: {
      source: SOURCE,
      section: 'Approval process',
      passage: 'Help in developing strong proposals will be offered by an Office of Micro-Credentials initially located in the Center for Learning and Teaching.',
    },
    reason: 'A service the university offers proposers, not something a proposal must show.',
  },
  {
    citation: {
      source: SOURCE,
      section: 'Approval process',
      passage:
        'It is possible that non-matriculated students can participate in credit-bearing micro-credentials at the discretion of and according to the policies of the originating units.',
    },
    reason: '"It is possible ... can ... at the discretion of" the units: a permission left to the originating units.',
  },
  {
    citation: {
      source: SOURCE,
      section: 'Implementation issues',
      passage: 'Additional implementation issues, such as support and incentives for micro-credential development, details of tracking systems, ... will determined after the basic policy is approved.',
    },
    reason: 'Left to be decided after the policy: nothing in force yet to enforce (stacking included).',
  },
  {
    citation: {
      source: SOURCE,
      section: 'Implementation issues',
      passage: 'Interdisciplinary micro-credentials are encouraged and may result in additional issues.',
    },
    reason: '"Are encouraged": an encouragement, not a requirement.',
  },
];
