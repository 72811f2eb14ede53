import type { Severity } from '../../model/violation';
import { reportSections } from '../compose';
import type { ReportPackRef, Route, RouteStep, StepStatus, Verdict } from '../types';
import { paint, type Paint } from './_color';
import { printable } from './_printable';
import type { FileResult, FormatOptions, Formatter, LocatedViolation, RunSummary } from './types';

const STATUS_MARK: Record<StepStatus, string> = {
  done: '✔',
  current: '▶',
  pending: '·',
  'not-required': '–',
  returned: '↺',
  rejected: '✖',
  undetermined: '?',
};

/** "expected by <date>", with what the date was counted from when the route says. */
function expectedText(step: RouteStep): string | undefined {
  if (!step.expectedBy) return undefined;
  const basis = step.expectedBasis;
  if (!basis) return `expected by ${printable(step.expectedBy)}`;
  const span = [basis.weeks ? `${basis.weeks} week${basis.weeks === 1 ? '' : 's'}` : '', basis.days ? `${basis.days} day${basis.days === 1 ? '' : 's'}` : '']
    .filter(Boolean)
    .join(' ');
  return `expected by ${printable(step.expectedBy)}: ${span} from ${printable(basis.step)} on ${printable(basis.decidedOn)}`;
}

function severityLabel(severity: Severity, p: Paint): string {
  const label = severity.padEnd(7);
  if (severity === 'error') return p.red(label);
  if (severity === 'warning') return p.yellow(label);
  return p.blue(label);
}

function location(line: number | undefined, column: number | undefined): string {
  return line === undefined ? '-' : `${line}:${column ?? 1}`;
}

function stepLine(step: RouteStep, p: Paint): string {
  const mark = STATUS_MARK[step.status];
  const label = `${mark} ${printable(step.id)}`;
  const styled =
    step.status === 'done'
      ? p.green(label)
      : step.status === 'current'
        ? p.bold(label)
        : step.status === 'rejected' || step.status === 'returned' || step.status === 'undetermined'
          ? p.red(label)
          : p.dim(label);
  const extra = [step.status, step.kind === 'notify' ? 'notify only' : undefined, expectedText(step)]
    .filter(Boolean)
    .join(', ');
  return `${styled} ${p.dim(`(${extra})`)}`;
}

/**
 * Renders an approval route as indented text: one line per stage, parallel steps joined with
 * `+`, each with its status.
 *
 * @example
 * ```ts
 * formatRoute(report.route!);
 * // '  1. ✔ unit-curriculum (done)\n  2. ▶ office-review (current)\n  ...'
 * ```
 */
export function formatRoute(route: Route, options: { color?: boolean; details?: boolean } = {}): string {
  const p = paint(options.color);
  const lines: string[] = [];
  route.stages.forEach((stage, i) => {
    lines.push(`  ${i + 1}. ${stage.steps.map((s) => stepLine(s, p)).join('  +  ')}`);
    if (options.details) {
      for (const step of stage.steps) {
        lines.push(`       ${p.bold(printable(step.id))}: ${printable(step.body)}${step.role ? ` (${printable(step.role)})` : ''}`);
        lines.push(`         ${printable(step.reason)}`);
        if (step.decidedOn) lines.push(`         decided on ${printable(step.decidedOn)}`);
        const expected = expectedText(step);
        if (expected) lines.push(`         ${expected}`);
        const { source, section, passage } = step.citation;
        lines.push(p.dim(printable(`         ${source}${section ? ` § ${section}` : ''}: "${passage}"`)));
      }
    }
  });
  lines.push(`  ${p.dim('route')} ${route.state}${route.current.length ? `; next: ${printable(route.current.join(', '))}` : ''}`);
  return lines.join('\n');
}

type Row = [string, string, string, string];

function violationRow(v: LocatedViolation, p: Paint): Row {
  return [location(v.line, v.column), severityLabel(v.severity, p), printable(v.message), p.dim(printable(v.ruleId))];
}

/** A pack's heading line: which pack, at which revision, and its verdict. */
function heading(pack: ReportPackRef, asOf: string | undefined, verdict: Verdict, p: Paint): string {
  const painted = verdict === 'compliant' ? p.green(verdict) : verdict === 'non-compliant' || verdict === 'invalid' ? p.red(verdict) : p.yellow(verdict);
  return `  ${p.dim(printable(`${pack.id} ${pack.version} (revision ${pack.revision}), as of ${asOf ?? '?'}:`))} ${painted}`;
}

/** Human-readable output in the style of ESLint's "stylish": quiet when all is well. */
export function stylishFormatter(options: FormatOptions = {}): Formatter {
  const p = paint(options.color);
  return {
    start: () => '',
    file: (result: FileResult) => {
      const errorRows: Row[] = result.errors.map((e) => [location(e.line, e.column), severityLabel('error', p), printable(e.message), p.dim(printable(e.ruleId ?? e.code))]);
      // Judged by several packs: a heading per pack, each over its own findings.
      const sections = (result.packs?.length ?? 0) > 1 ? reportSections(result) : undefined;
      const groups = sections
        ? sections.map((section) => ({ heading: heading(section.pack, result.asOf, section.verdict, p), rows: section.violations.map((v) => violationRow(v, p)), waived: section.waived }))
        : [
            {
              heading: result.pack ? heading(result.pack, result.asOf, result.verdict, p) : undefined,
              rows: [...errorRows, ...result.violations.map((v) => violationRow(v, p))],
              waived: result.waived,
            },
          ];
      const rowCount = groups.reduce((n, g) => n + g.rows.length, sections ? errorRows.length : 0);
      if (rowCount === 0 && !options.verbose) return '';
      // A loop, not Math.max(...rows): spreading 100,000 rows overflows the stack.
      let width = 0;
      for (const row of sections ? errorRows : []) width = Math.max(width, row[0].length);
      for (const group of groups) for (const row of group.rows) width = Math.max(width, row[0].length);
      const out: string[] = [p.underline(printable(result.file))];
      const pushRows = (rows: readonly Row[]) => {
        for (const [where, severity, message, id] of rows) out.push(`  ${p.dim(where.padStart(width))}  ${severity}  ${message}  ${id}`);
      };
      if (sections) pushRows(errorRows);
      for (const group of groups) {
        if (group.heading) out.push(group.heading);
        pushRows(group.rows);
        for (const w of group.waived) {
          out.push(`  ${p.dim(location(w.line, w.column).padStart(width))}  ${p.dim('waived')}  ${printable(w.message)}  ${p.dim(printable(`${w.ruleId} (until ${w.waiver.expires})`))}`);
        }
      }
      if (options.verbose && result.route) out.push(formatRoute(result.route, { color: options.color ?? false }));
      return out.join('\n') + '\n\n';
    },
    end: (summary: RunSummary) => {
      const problems = summary.errors + summary.warnings + summary.infos;
      if (problems === 0 && summary.invalid === 0) {
        return options.verbose ? p.green(`✔ ${summary.files} file${summary.files === 1 ? '' : 's'} checked, no problems\n`) : '';
      }
      const parts: string[] = [];
      if (problems > 0) {
        const infos = summary.infos > 0 ? `, ${summary.infos} info` : '';
        parts.push(`${problems} problem${problems === 1 ? '' : 's'} (${summary.errors} error${summary.errors === 1 ? '' : 's'}, ${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}${infos})`);
      }
      if (summary.invalid > 0) parts.push(`${summary.invalid} file${summary.invalid === 1 ? '' : 's'} could not be checked`);
      const line = `✖ ${parts.join('; ')} (${summary.files} file${summary.files === 1 ? '' : 's'})`;
      return (summary.errors > 0 || summary.invalid > 0 ? p.red(p.bold(line)) : p.yellow(p.bold(line))) + '\n';
    },
  };
}
