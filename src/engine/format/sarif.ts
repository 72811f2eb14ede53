import type { Severity } from '../../model/violation';
import { reportSections } from '../compose';
import { safeJson } from './_printable';
import type { FileResult, FormatOptions, Formatter, RunOutcome, RunSummary } from './types';
import { MICROCRED_HOMEPAGE } from '../../package-info';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription?: { text: string };
  defaultConfiguration: { level: string };
  help?: { text: string };
  helpUri?: string;
  properties?: Record<string, unknown>;
}

/** The base id SARIF file locations are relative to: the checked-out repository. */
const SRCROOT = '%SRCROOT%';

/** A path as a URI reference: `/` separators, each segment percent-encoded (spaces, `%`, `#`, `?`). */
function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/** Forward slashes, no `.` segments, no doubled or trailing separators. */
function cleanPath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('\\').join('/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(part);
  }
  return (path.startsWith('/') || path.startsWith('\\') ? '/' : '') + parts.join('/');
}

/**
 * An artifact location: relative to `%SRCROOT%` when the file is inside `srcRoot` (or given
 * relative to it); an absolute `file:` URI otherwise.
 */
function artifactLocation(file: string, srcRoot: string | undefined): { uri: string; uriBaseId?: string } {
  const root = srcRoot === undefined ? undefined : cleanPath(srcRoot).replace(/\/$/, '');
  let path = cleanPath(file);
  // A file above the root (`../x.yaml`) is named by its absolute URI.
  if (root !== undefined && (path === '..' || path.startsWith('../'))) path = cleanPath(`${root}/${path}`);
  const windowsDrive = /^[A-Za-z]:\//.test(path);
  const absolute = path.startsWith('/') || windowsDrive;
  if (!absolute) return { uri: encodePath(path), uriBaseId: SRCROOT };
  if (root !== undefined && (path === root || path.startsWith(`${root}/`))) return { uri: encodePath(path.slice(root.length + 1)), uriBaseId: SRCROOT };
  return { uri: `file://${windowsDrive ? '/' : ''}${encodePath(path)}` };
}

function location(file: string, srcRoot: string | undefined, line?: number, column?: number): object {
  return {
    physicalLocation: {
      artifactLocation: artifactLocation(file, srcRoot),
      ...(line !== undefined && { region: { startLine: line, ...(column !== undefined && { startColumn: column }) } }),
    },
  };
}

/** The `originalUriBaseIds` entry for `srcRoot`: an absolute `file:` URI ending in `/`. */
function srcRootUri(srcRoot: string): string {
  const path = cleanPath(srcRoot).replace(/\/$/, '');
  return `file://${/^[A-Za-z]:\//.test(path) ? '/' : ''}${encodePath(path)}/`;
}

/**
 * SARIF 2.1.0, so GitHub code scanning annotates the proposal files. Results stream out first;
 * the rule metadata (collected on the way) follows in `tool.driver.rules`. One run, however
 * many packs judged the files: its rules are every pack's (their ids name their packs), and a
 * result of a file judged by several packs names its pack in `properties.pack`.
 */
export function sarifFormatter(options: FormatOptions = {}): Formatter {
  const rules = new Map<string, number>();
  const ruleList: SarifRule[] = [];
  let first = true;

  const ruleIndex = (ruleId: string, fallback: { severity: Severity; message: string; citation?: { source: string; passage: string } }): number => {
    const known = rules.get(ruleId);
    if (known !== undefined) return known;
    const info = options.ruleInfo?.(ruleId);
    const citation = info?.citation ?? fallback.citation;
    const helpUri = info?.helpUri ?? (citation && 'url' in citation ? citation.url : undefined);
    const rule: SarifRule = {
      id: ruleId,
      name: ruleId.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : '')),
      shortDescription: { text: info?.title ?? ruleId },
      ...(citation && { fullDescription: { text: `${citation.source}: "${citation.passage}"` } }),
      defaultConfiguration: { level: LEVEL[info?.severity ?? fallback.severity] },
      help: { text: info?.help ?? helpText(info?.title ?? ruleId, citation) },
      ...(helpUri && isAbsoluteUri(helpUri) && { helpUri }),
      ...(citation && { properties: { citation } }),
    };
    rules.set(ruleId, ruleList.length);
    ruleList.push(rule);
    return ruleList.length - 1;
  };

  return {
    start: () => '{"version":"2.1.0","$schema":"https://json.schemastore.org/sarif-2.1.0.json","runs":[{"results":[',
    file: (result: FileResult) => {
      const out: string[] = [];
      for (const e of result.errors) {
        const ruleId = e.ruleId ?? `microcred/${e.code}`;
        out.push(
          safeJson({
            ruleId,
            ruleIndex: ruleIndex(ruleId, { severity: 'error', message: e.message }),
            level: 'error',
            message: { text: e.message },
            locations: [location(result.file, options.srcRoot, e.line, e.column)],
          }),
        );
      }
      // Judged by several packs: each result names the pack whose part of the report it is in.
      const packOf = (result.packs?.length ?? 0) > 1 ? sectionPackIds(result) : undefined;
      for (const v of result.violations) {
        const pack = packOf?.get(v);
        out.push(
          safeJson({
            ruleId: v.ruleId,
            ruleIndex: ruleIndex(v.ruleId, { severity: v.severity, message: v.message, ...(v.citation && { citation: v.citation }) }),
            level: LEVEL[v.severity],
            message: { text: v.message },
            locations: [location(result.file, options.srcRoot, v.line, v.column)],
            ...((v.pointer || pack) && { properties: { ...(v.pointer && { pointer: v.pointer }), ...(pack && { pack }) } }),
          }),
        );
      }
      if (out.length === 0) return '';
      const text = (first ? '\n' : ',\n') + out.join(',\n');
      first = false;
      return text;
    },
    end: (_summary: RunSummary, outcome: RunOutcome = {}) => {
      const limit = outcome.warningLimit;
      const rest = {
        tool: {
          driver: {
            name: 'microcred',
            informationUri: MICROCRED_HOMEPAGE,
            ...(options.toolVersion && { version: options.toolVersion }),
            rules: ruleList,
          },
        },
        ...(options.srcRoot !== undefined && { originalUriBaseIds: { [SRCROOT]: { uri: srcRootUri(options.srcRoot) } } }),
        invocations: [
          {
            executionSuccessful: true,
            ...(limit && {
              toolExecutionNotifications: [
                { level: 'error', descriptor: { id: 'max-warnings' }, message: { text: `${limit.warnings} warning(s), more than --max-warnings ${limit.max} allows: the run fails.` } },
              ],
            }),
          },
        ],
      };
      // The object's own braces are dropped: its members continue the run opened in start().
      return '\n],' + safeJson(rest).slice(1, -1) + '}]}\n';
    },
  };
}

/** The id of the pack each finding of a file judged by several packs belongs to. */
function sectionPackIds(result: FileResult): Map<object, string> {
  const ids = new Map<object, string>();
  for (const section of reportSections(result)) for (const v of section.violations) ids.set(v, section.pack.id);
  return ids;
}

function helpText(title: string, citation: { source: string; passage: string; section?: string } | undefined): string {
  if (!citation) return title;
  return `${title}. ${citation.source}${citation.section ? ` § ${citation.section}` : ''}: "${citation.passage}"`;
}

/** SARIF's helpUri must be an absolute URI: a scheme, then a colon. */
function isAbsoluteUri(uri: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:/.test(uri);
}
