/**
 * The Node.js-only part of microcred: reading proposal and pack files, with line and column
 * for every problem. Everything else is in the main entry, which runs anywhere.
 *
 * @packageDocumentation
 */
export { parseDataText, DEFAULT_MAX_DEPTH, type ParsedText, type ParseDataTextOptions, type Position } from './parse-text';
export { readDataFile, readDataFileSync, DEFAULT_MAX_BYTES, type ReadDataFileOptions } from './read-file';
export { checkFile, checkParsed, type CheckFileOptions, type CheckParsedOptions } from './check-file';
export { loadPackFile, type LoadPackFileOptions } from './load-pack-file';
export {
  readPackFixtures,
  verifyPackDir,
  verifyPackFile,
  type VerifyPackDirOptions,
  type VerifyPackFileOptions,
} from './verify-pack-dir';
