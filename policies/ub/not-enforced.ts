import type { NotEnforced } from '../../src/index';
import { UB_SECTIONS, UB_SOURCE } from './source';

const at = (section: string, passage: string, reason: string): NotEnforced => ({ citation: { source: UB_SOURCE, section, passage }, reason });

/** Passages of the UB page no rule of the `ub` pack checks, and why. */
export const UB_NOT_ENFORCED: readonly NotEnforced[] = [
  at(
    UB_SECTIONS.definitions,
    'A micro-credential is a credit-bearing academic program that may “stack into” a larger certificate or degree program.',
    '"May stack into" grants a possibility; a micro-credential that stacks into nothing is still one. Only the definition\'s "credit-bearing academic program" is checked (ub/micro-credential-credit-bearing).',
  ),
  at(
    UB_SECTIONS.definitions,
    'Students who earn a micro-credential will receive a notation on their transcript in recognition of the achievement and will also be awarded a digital badge upon completion.',
    'The badge is what UB awards; the proposal need not describe it, because the badge is developed with the Director once the proposal is approved (step 4). The transcript notation is checked only where a proposal contradicts it (ub/transcript-notation).',
  ),
  at(
    UB_SECTIONS.definitions,
    'University-level badges may be proposed for non-credit activities and experiences that enable students to gain knowledge and skills outside of their academic program.',
    '"May be proposed" grants permission; it limits nothing.',
  ),
  at(
    UB_SECTIONS.definitions,
    'Badge earners can display their badge in a variety of formats, including their ePortfolio, digital résumé and social media sites.',
    '"Can" describes what earners may do with a badge; nothing for a proposal to show.',
  ),
  at(
    UB_SECTIONS.types,
    'Micro-credentials provide a means to recognize student achievement in a wide range of settings, both credit-bearing and noncredit bearing.',
    'A description. The pack reads "micro-credential" in the definition\'s sense, credit-bearing; non-credit learning is a digital badge.',
  ),
  at(
    UB_SECTIONS.types,
    'Academic: This type of micro-credentials may be stackable toward a degree, therefore providing students with a motivational path through the university.',
    'A description of a category with a "may": a proposal filed as academic needs to show nothing.',
  ),
  at(
    UB_SECTIONS.types,
    'Emergent: Emergent micro-credentials are programs that are inter-disciplinary and/or experimental',
    'A description of a category; "and/or experimental" gives no condition a proposal can be checked against.',
  ),
  at(
    UB_SECTIONS.definitions,
    'Smaller than a minor, a certificate or a degree program, micro-credentials allow students to meet their personalized learning needs',
    'A description; the page sets no credit, course or hour limit, so the pack checks none.',
  ),
  at(
    UB_SECTIONS.step2,
    '[...] can help strengthen your idea, assist with instructional design and provide additional guidance as necessary.',
    'What the Director can do for a proposer; the recommendation to consult is ub/director-consultation.',
  ),
  at(
    UB_SECTIONS.step2,
    'Once proper signatures are obtained, proposals should be forwarded to [...].',
    'How a proposal reaches the committee (an e-mail address the pack omits). The signatures are the departmental-decanal route step; there is nothing else in the proposal to check.',
  ),
  at(
    UB_SECTIONS.step4,
    'Once the proposal is approved, the proposing department/unit should then reach out to [...] to begin developing the corresponding digital badge.',
    'A step after approval, not something the proposal shows: it is the badge-creation step of the route.',
  ),
  at(
    UB_SECTIONS.step4,
    'When the badge has been created, it will then be placed into Credly, where it can be issued to students.',
    'Describes what happens to the badge (Credly is the vendor UB uses); nothing for the proposal to show.',
  ),
];
