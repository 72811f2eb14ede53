/** The UB policy text every citation of the `ub` pack quotes. */
export const UB_SOURCE = 'ub-micro-credentials-and-badges.txt';

/** Section headings of the UB page, as the text writes them. */
export const UB_SECTIONS = {
  definitions: 'What are micro-credentials and digital badges?',
  types: 'Types of Micro-Credentials',
  step1: 'Step 1: Determine if micro-credentials are the right solution for your program',
  step2: 'Step 2: Develop your micro-credential and submit your proposal',
  step3: 'Step 3: University-level review',
  step4: 'Step 4: Badge creation and implementation',
} as const;

/** The step-1 instruction every step-1 rule quotes before its question. */
export const STEP_1_INSTRUCTION = 'Ensure that you are able to respond to the following questions:';

/** How the pack reads the step-1 questions; shared by the rules that ask them. */
export const STEP_1_READING =
  '"Ensure that you are able to respond to the following questions" asks proposers to be ready to answer questions that help them "determine if micro-credentials are the right solution"; it does not ask the proposal to carry the answers, and no "must" or "should" attaches to them. A question to prepare for sets at most an info finding, so an unanswered question is info: a reminder to be ready, never a reason the proposal fails. The questions say "micro-credential" but open the proposal process for micro-credentials and digital badges alike, so they apply to badges too.';
