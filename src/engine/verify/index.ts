export { verifyPack, defaultSampleDate, ownCitations } from './verify-pack';
export { sampleExpectations } from './samples';
export { verifyTestCases, type VerifyTestCase } from './test-cases';
export type * from './types';
