export type * from './types';
export * from './errors';
export { definePack, defineRule, chainOf } from './define-pack';
export { loadPack, loadPacks, type LoadPackOptions } from './load-pack';
export { evaluate } from './evaluate';
export { reportSections, type EvaluatePacks, type ReportSection, type SectionedReport } from './compose';
export { createRegistry, type Registry } from './registry';
export { compileAppliesTo, describeAppliesTo, type CredentialPredicate } from './applies-to';
export { DeclarativePackSchema } from './pack-schema';
export { compileLogic, type CompiledLogic } from './json-logic/compile';
export { validateLogic, LOGIC_LIMITS, type LogicProblem } from './json-logic/validate';
export { createLibraryOperators, LIBRARY_OPERATOR_DOCS } from './json-logic/library-operators';
export { STANDARD_OPERATORS, type EagerOperator } from './json-logic/standard-operators';
export type { Budget } from './json-logic/budget';
export { truthy } from './json-logic/truthy';
export { formatMessage } from './format/messages';
export {
  createFormatter,
  formatReport,
  formatRoute,
  toFileResult,
  ruleInfoFrom,
  addToSummary,
  emptySummary,
  FORMAT_NAMES,
} from './format/index';
export type * from './format/index';
export { renderPackReadme, type RenderPackReadmeOptions, type SampleIndex } from './pack-docs';
export { findPassage, normalizeQuotedText, type PassageMatch } from './citations';
export * from './verify/index';
