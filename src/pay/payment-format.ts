/**
 * A PaymentReport as text (terminal), Markdown (to paste into an invoice note), JSON (pence, for
 * finance systems) and HTML (one self-contained page). Pure functions, named in `paymentFormats`.
 */
import { describeLocation } from '../diagnostics.js';
import { formatCount, formatShare } from '../report/format.js';
import { escapeCell } from '../report/markdown.js';
import { formatPounds } from './money.js';
import { markdownPage, markdownTable as table } from './page.js';
import type { PaymentPart, PaymentReport, QuarterPayment, YearPayment } from './payment.js';

export type PaymentFormatter = (report: PaymentReport) => string;

const STATUS_MARK: Record<PaymentPart['status'], string> = { met: '✔', not_met: '✖', no_data: '–', monitored: '·', missing: '?' };
const STATUS_WORDS: Record<PaymentPart['status'], string> = { met: 'met', not_met: 'not met', no_data: 'no data', monitored: 'monitored', missing: 'no result' };

/** "96% (threshold 95%)" for a share, "4 of 8.75" for a count, "no data" when there is none. */
export function describePart(part: PaymentPart): string {
  if (part.value === null) return 'no data';
  if (part.kind === 'count') {
    return part.threshold === null ? formatCount(part.value) : `${formatCount(part.value)} of ${formatCount(part.threshold)}`;
  }
  return part.threshold === null ? formatShare(part.value, null) : `${formatShare(part.value, part.threshold)} (threshold ${formatShare(part.threshold, null)})`;
}

function title(report: PaymentReport): string {
  return `Payment by results: ${report.spec.title ?? report.spec.id}`;
}

function reconciliationWords(year: YearPayment): string {
  const r = year.reconciliation;
  switch (r.status) {
    case 'repaid':
      return `${formatPounds(r.repaymentPence)} repaid with the payment on ${r.paidOn}. ${r.reason}`;
    default:
      return r.reason;
  }
}

export function formatPaymentText(report: PaymentReport): string {
  const out: string[] = [title(report), `Specification ${report.spec.id}, version ${report.spec.version}. Amounts in pounds; worked in whole pence.`, ''];
  for (const area of report.areas) {
    out.push(area, '='.repeat(area.length));
    for (const year of report.years.filter((y) => y.area === area)) {
      for (const q of report.quarters.filter((x) => x.area === area && x.financialYear === year.financialYear)) out.push(...quarterText(q), '');
      out.push(`  ${year.financialYear} year: base ${formatPounds(year.basePence)}, deductions ${formatPounds(year.deductionsPence)}, paid ${formatPounds(year.paidPence)}.`);
      out.push(`    Year-end reconciliation: ${reconciliationWords(year)}`);
      for (const t of year.reconciliation.targets) out.push(`      ${STATUS_MARK[t.status]} ${t.target.padEnd(34)} ${describePart(t).padEnd(28)} ${t.reason}`);
      out.push('');
    }
    const total = report.totals.find((t) => t.area === area)!;
    out.push(`  Total for ${area}: base ${formatPounds(total.basePence)}, deducted ${formatPounds(total.deductionsPence)}, repaid ${formatPounds(total.repaidPence)}, paid ${formatPounds(total.paidPence)}.`, '');
  }
  const flags = report.quarters.flatMap((q) => q.flags);
  if (flags.length > 0) out.push('To check', '--------', ...flags.map((f) => `  - ${f}`), '');
  if (report.diagnostics.length > 0) out.push('Problems', '--------', ...report.diagnostics.map((d) => `  - ${d.at ? `${describeLocation(d.at)}: ` : ''}${d.message}`), '');
  out.push('How the terms were read', '-----------------------');
  if (report.reading) out.push(`  ${report.reading}`);
  out.push(...report.assumptions.map((a) => `  - ${a}`), '');
  return out.join('\n');
}

function quarterText(q: QuarterPayment): string[] {
  const money = (label: string, pence: number) => `    ${label.padEnd(34)} ${formatPounds(pence).padStart(12)}`;
  const out = [`  ${q.period} (${q.start} to ${q.end}), paid on ${q.paidOn}`, money('Base payment', q.basePence), money('At risk', q.atRiskPence)];
  for (const e of q.elements) {
    out.push(money(`  ${e.element} (${e.sharePercent}% of at risk, ${formatPounds(e.amountPence)})`, e.earnedPence) + ' earned');
    for (const p of e.parts) out.push(`        ${STATUS_MARK[p.status]} ${p.target.padEnd(34)} ${describePart(p).padEnd(28)} ${formatPounds(p.earnedPence).padStart(9)}  ${p.reason}`);
  }
  out.push(money(`Deduction${q.deductionCapped ? ' (capped at the amount at risk)' : ''}`, -q.deductionPence));
  if (q.repaymentPence > 0) out.push(money('Year-end repayment', q.repaymentPence));
  out.push(money('Paid', q.paidPence));
  return out;
}

export function formatPaymentMarkdown(report: PaymentReport): string {
  const out: string[] = [`# ${escapeCell(title(report))}`, '', `Specification \`${report.spec.id}\`, version ${escapeCell(report.spec.version)}. Amounts in pounds, worked in whole pence.`, ''];
  out.push('## Summary', '', ...table(['Area', 'Base', 'Deducted', 'Repaid at year end', 'Paid'], report.totals.map((t) => [t.area, formatPounds(t.basePence), formatPounds(t.deductionsPence), formatPounds(t.repaidPence), formatPounds(t.paidPence)])), '');
  for (const area of report.areas) {
    out.push(`## ${escapeCell(area)}`, '');
    const quarters = report.quarters.filter((q) => q.area === area);
    const elementNames = quarters[0]?.elements.map((e) => e.element) ?? [];
    out.push(
      ...table(
        ['Quarter', 'Base', 'At risk', ...elementNames.map((n) => `${n} earned`), 'Deduction', 'Repaid', 'Paid', 'Paid on'],
        quarters.map((q) => [
          q.period,
          formatPounds(q.basePence),
          formatPounds(q.atRiskPence),
          ...q.elements.map((e) => `${formatPounds(e.earnedPence)} of ${formatPounds(e.amountPence)}`),
          `${formatPounds(q.deductionPence)}${q.deductionCapped ? ' (capped)' : ''}`,
          formatPounds(q.repaymentPence),
          formatPounds(q.paidPence),
          q.paidOn,
        ]),
      ),
      '',
    );
    for (const year of report.years.filter((y) => y.area === area)) {
      out.push(`### ${escapeCell(area)}, ${year.financialYear}: year-end reconciliation`, '', escapeCell(reconciliationWords(year)), '');
      out.push(...table(['Target', 'Year figure', 'Status', 'Reading'], year.reconciliation.targets.map((t) => [t.target, describePart(t), STATUS_WORDS[t.status], t.reason])), '');
    }
    out.push(`### ${escapeCell(area)}: how each quarter was worked out`, '');
    for (const q of quarters) {
      out.push(`**${q.period}** (${q.start} to ${q.end}): base ${formatPounds(q.basePence)}, at risk ${formatPounds(q.atRiskPence)}, deduction ${formatPounds(q.deductionPence)}, paid ${formatPounds(q.paidPence)} on ${q.paidOn}.`, '');
      const rows = q.elements.flatMap((e) => e.parts.map((p) => [e.element, p.target, describePart(p), STATUS_WORDS[p.status], formatPounds(p.earnedPence), `${p.reason}${p.flagged ? ' (flagged)' : ''}`]));
      out.push(...table(['Element', 'Target', 'Value', 'Status', 'Earned', 'Why'], rows), '');
    }
  }
  const flags = report.quarters.flatMap((q) => q.flags);
  if (flags.length > 0) out.push('## To check', '', ...flags.map((f) => `- ${escapeCell(f)}`), '');
  if (report.diagnostics.length > 0) out.push('## Problems', '', ...report.diagnostics.map((d) => `- ${escapeCell(d.message)}`), '');
  out.push('## How the terms were read', '');
  if (report.reading) out.push(escapeCell(report.reading), '');
  out.push(...report.assumptions.map((a) => `- ${escapeCell(a)}`), '');
  return out.join('\n');
}

export function formatPaymentJson(report: PaymentReport): string {
  // pence stay integers; a finance system divides by 100 once, at the edge
  return `${JSON.stringify({ format: 'servicespec-payment', version: 1, currency: 'GBP', unit: 'pence', ...report }, null, 2)}\n`;
}

export function formatPaymentHtml(report: PaymentReport): string {
  return markdownPage(title(report), formatPaymentMarkdown(report));
}

export const paymentFormats: Record<string, PaymentFormatter> = {
  text: formatPaymentText,
  md: formatPaymentMarkdown,
  json: formatPaymentJson,
  html: formatPaymentHtml,
};
