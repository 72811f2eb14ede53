// Where the package lives, read from package.json at build time so that links in the output
// (SARIF, schema ids, crash reports) follow the package's own metadata and version.
import { bugs, homepage, version } from '../package.json';

/** The version of microcred, e.g. `0.1.0`. */
export const MICROCRED_VERSION: string = version;

/** The project's home page (package.json `homepage`). */
export const MICROCRED_HOMEPAGE: string = homepage;

/** Where problems are reported (package.json `bugs.url`). */
export const MICROCRED_ISSUES_URL: string = bugs.url;

/**
 * The published, versioned address of a schema the package ships in `docs/schema/`: unpkg
 * serves every published version's files, so the id resolves and never changes meaning.
 */
export function schemaUrl(file: 'proposal.schema.json' | 'check-output.schema.json'): string {
  return `https://unpkg.com/microcred@${version}/docs/schema/${file}`;
}
