/**
 * A ComplianceReport as text, Markdown, JSON and HTML. Gaps first (what to do now), then what
 * lapses soon, then every duty with the evidence that satisfied it, then problems in the registers.
 */
import { describeLocation, type SourceRegistry } from '../diagnostics.js';
import { escapeCell } from '../report/markdown.js';
import type { ComplianceIssue, ComplianceReport, DutyResult, DutyStatus } from './compliance.js';
import { markdownPage, markdownTable as table } from './page.js';

export interface ComplianceFormatOptions {
  /** the YAML register's text, so its problems print as file:line:column */
  sources?: SourceRegistry;
}

export type ComplianceFormatter = (report: ComplianceReport, options?: ComplianceFormatOptions) => string;

const MARK: Record<DutyStatus, string> = { evidenced: '✔', expiring: '!', gap: '✖', not_applicable: '–' };
const WORDS: Record<DutyStatus, string> = { evidenced: 'evidenced', expiring: 'lapses soon', gap: 'gap', not_applicable: 'does not apply' };

function heading(report: ComplianceReport): string {
  return `Contract compliance: ${report.spec.title ?? report.spec.id}`;
}

function lead(report: ComplianceReport): string {
  const partner = report.partner ? ` for ${report.partner}` : '';
  const gaps = report.gaps.length;
  const soon = report.expiring.length;
  const verdict =
    gaps === 0 ? 'Every duty that applies is evidenced' : `${gaps} gap${gaps === 1 ? '' : 's'} in ${new Set(report.gaps.map((g) => g.requirement)).size} of ${report.duties.length} duties`;
  // the one consequence the contract attaches to a gap is said up front, not left in the list
  const withheld = [...new Set(report.gaps.filter((g) => g.kind === 'payment_may_be_withheld').map((g) => g.period ?? g.requirement))];
  const atRisk = withheld.length > 0 ? ` Payment may be withheld for ${withheld.join(', ')}: see the gaps below.` : '';
  return `As of ${report.asOf}${partner}: ${verdict}${soon > 0 ? `; ${soon} item${soon === 1 ? '' : 's'} lapse${soon === 1 ? 's' : ''} within ${report.warnDays} days` : ''}.${atRisk}`;
}

function when(issue: ComplianceIssue): string {
  return issue.lapsedOn ? `lapsed ${issue.lapsedOn}` : issue.lapsesOn ? `lapses ${issue.lapsesOn}` : 'never provided';
}

function dutyLine(duty: DutyResult): string {
  const detail = duty.status === 'not_applicable' ? (duty.applicability ?? '') : duty.evidencedBy.join('; ');
  return detail;
}

export function formatComplianceText(report: ComplianceReport, options: ComplianceFormatOptions = {}): string {
  const out = [heading(report), lead(report), ''];
  if (report.gaps.length > 0) {
    out.push(`Gaps (${report.gaps.length})`, '');
    for (const g of report.gaps) out.push(`  ✖ ${g.title} [${g.requirement}], ${when(g)}`, `      ${g.message}`);
    out.push('');
  }
  if (report.expiring.length > 0) {
    out.push(`Lapsing within ${report.warnDays} days (${report.expiring.length})`, '');
    for (const e of report.expiring) out.push(`  ! ${e.title} [${e.requirement}], ${when(e)}`, `      ${e.message}`);
    out.push('');
  }
  out.push('Duties', '');
  for (const d of report.duties) {
    out.push(`  ${MARK[d.status]} ${d.title} [${d.requirement}], ${d.category === 'key' ? 'key' : 'business as usual'}: ${WORDS[d.status]}`);
    const detail = dutyLine(d);
    if (detail) out.push(`      ${detail}`);
  }
  out.push('');
  if (report.diagnostics.length > 0) {
    out.push('Problems in the registers', '');
    for (const d of report.diagnostics) out.push(`  ${d.severity === 'error' ? '✖' : '!'} ${d.at ? `${describeLocation(d.at, options.sources)}: ` : ''}${d.message}`);
    out.push('');
  }
  return out.join('\n');
}

export function formatComplianceMarkdown(report: ComplianceReport, options: ComplianceFormatOptions = {}): string {
  const out = [`# ${escapeCell(heading(report))}`, '', escapeCell(lead(report)), ''];
  const issueRows = (issues: ComplianceIssue[]) =>
    issues.map((i) => [i.title, i.requirement, i.staffId ?? '', i.evidence, i.lapsedOn ?? i.lapsesOn ?? 'never provided', i.message]);
  if (report.gaps.length > 0) out.push('## Gaps', '', ...table(['Requirement', 'Id', 'Staff', 'Evidence', 'Lapsed', 'What to do'], issueRows(report.gaps)), '');
  if (report.expiring.length > 0) out.push(`## Lapsing within ${report.warnDays} days`, '', ...table(['Requirement', 'Id', 'Staff', 'Evidence', 'Lapses', 'What to do'], issueRows(report.expiring)), '');
  out.push('## Duties', '', ...table(['Requirement', 'Id', 'Category', 'Status', 'Evidence'], report.duties.map((d) => [d.title, d.requirement, d.category === 'key' ? 'key' : 'business as usual', `${MARK[d.status]} ${WORDS[d.status]}`, dutyLine(d)])), '');
  if (report.diagnostics.length > 0) {
    out.push('## Problems in the registers', '', ...table(['Where', 'Problem'], report.diagnostics.map((d) => [d.at ? describeLocation(d.at, options.sources) : '', d.message])), '');
  }
  return out.join('\n');
}

export function formatComplianceJson(report: ComplianceReport): string {
  return `${JSON.stringify({ format: 'servicespec-compliance', version: 1, ...report }, null, 2)}\n`;
}

export function formatComplianceHtml(report: ComplianceReport, options: ComplianceFormatOptions = {}): string {
  return markdownPage(heading(report), formatComplianceMarkdown(report, options));
}

export const complianceFormats: Record<string, ComplianceFormatter> = {
  text: formatComplianceText,
  md: formatComplianceMarkdown,
  json: formatComplianceJson,
  html: formatComplianceHtml,
};
