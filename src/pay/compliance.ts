/**
 * Contract compliance: the spec's checklist rows as duties, checked against the partner's evidence
 * and staff registers on a given day.
 *
 * Pure: spec and registers in, a ComplianceReport out. Every gap names the requirement, the
 * evidence that is missing or expired, and the date it lapsed (or, for items expiring soon, the
 * date it lapses). docs/payment.md states each rule below for partners.
 */
import { formatDay, parseIsoDate } from '../data/dates.js';
import type { DayNumber } from '../data/table.js';
import { diagnostic, UnusableInputError, type Diagnostic } from '../diagnostics.js';
import { periodsOf } from '../evaluate/periods.js';
import { listWords } from '../spec/suggest.js';
import type { ChecklistItem, ComplianceCheck, ServiceSpec } from '../spec/types.generated.js';
import { addMonths, lastDayOfMonthAfter } from './calendar.js';
import { formatPounds } from './money.js';
import type { BarredList, DbsLevel, EvidenceItem, EvidenceRegister, StaffRegister } from './registers.js';

export interface ComplianceOptions {
  /** the day to check on, YYYY-MM-DD */
  asOf: string;
  /** evidence lapsing within this many days is reported as expiring soon (default 60) */
  warnDays?: number;
}

export type DutyStatus = 'evidenced' | 'expiring' | 'gap' | 'not_applicable';

export type IssueKind = 'missing' | 'expired' | 'below_minimum' | 'dbs' | 'overdue' | 'due_soon' | 'expiring' | 'payment_may_be_withheld';

export interface ComplianceIssue {
  requirement: string;
  /** the requirement as the checklist names it */
  title: string;
  severity: 'gap' | 'expiring';
  kind: IssueKind;
  /** the evidence that is missing, expired or short, in words */
  evidence: string;
  /** YYYY-MM-DD: when it lapsed (gaps) */
  lapsedOn?: string;
  /** YYYY-MM-DD: when it lapses (expiring soon) */
  lapsesOn?: string;
  /** staff duties: whose check it is (an id, never a name) */
  staffId?: string;
  /** quarterly duties: the quarter (2022/23 Q2) or, for payment_may_be_withheld, the financial year (2022/23) */
  period?: string;
  /** one sentence: what is wrong and what to do */
  message: string;
}

export interface DutyResult {
  requirement: string;
  title: string;
  category: ChecklistItem['category'];
  status: DutyStatus;
  /** why a duty does not apply, or the fact that made it apply */
  applicability?: string;
  /** what evidence satisfied it, one short line each */
  evidencedBy: string[];
  issues: ComplianceIssue[];
}

export interface ComplianceReport {
  spec: { id: string; version: string; title?: string };
  partner?: string;
  asOf: string;
  warnDays: number;
  facts: Record<string, boolean>;
  duties: DutyResult[];
  gaps: ComplianceIssue[];
  expiring: ComplianceIssue[];
  /** problems in the registers themselves, with their places */
  diagnostics: Diagnostic[];
}

/**
 * Audited accounts for a financial year are expected nine months after it ends: the Companies
 * House filing deadline for a private company, and near the Charity Commission's ten months.
 * Until then the year before it counts as one of "the past three".
 */
export const ACCOUNTS_DUE_MONTHS = 9;

/** A quarterly submission is due by the end of the month after the quarter, as payments are. */
export const QUARTERLY_DUE_MONTHS = 1;

const DBS_RANK: Record<DbsLevel, number> = { basic: 0, standard: 1, enhanced: 2 };
const BARRED_WORDS: Record<BarredList, string> = { adults: "adults' barred list", children: "children's barred list" };
const COVER_WORDS: Record<string, string> = {
  public_liability: 'public liability insurance',
  employers_liability: "employer's liability insurance",
  professional_indemnity: 'professional indemnity insurance',
};

interface Context {
  asOf: DayNumber;
  warnUntil: DayNumber;
  spec: ServiceSpec;
  staff: StaffRegister;
}

export function checkCompliance(spec: ServiceSpec, evidence: EvidenceRegister, staff: StaffRegister, options: ComplianceOptions): ComplianceReport {
  const asOf = parseIsoDate(options.asOf);
  if (asOf === undefined) {
    throw new UnusableInputError([diagnostic('config-bad-date', `--as-of "${options.asOf.slice(0, 40)}" is not a date; write it as YYYY-MM-DD, such as 2023-04-01.`)]);
  }
  const checklist = spec.checklist ?? [];
  if (checklist.length === 0) {
    throw new UnusableInputError([diagnostic('comply-no-checklist', `The spec ${spec.id} has no checklist:, so there are no duties to check; add the checklist (or extend a file that has one).`)]);
  }
  const warnDays = options.warnDays ?? 60;
  const ctx: Context = { asOf, warnUntil: asOf + warnDays, spec, staff };
  const diagnostics: Diagnostic[] = [...evidence.diagnostics, ...staff.diagnostics];
  const known = new Set(checklist.map((c) => c.id));
  for (const item of evidence.items) {
    if (!known.has(item.requirement)) {
      diagnostics.push(
        diagnostic('register-unknown-requirement', `The register names the requirement "${item.requirement}", which the spec's checklist does not have; use one of the checklist ids (servicespec render shows them).`, item.at, {
          severity: 'warning',
          value: item.requirement.slice(0, 40),
        }),
      );
    }
  }
  const facts = deriveFacts(evidence, staff, diagnostics);
  const duties = checklist.map((item) => checkDuty(item, evidence.items.filter((e) => e.requirement === item.id), facts, ctx, diagnostics));
  const issues = duties.flatMap((d) => d.issues);
  return {
    spec: { id: spec.id, version: spec.version, title: spec.title },
    partner: evidence.partner,
    asOf: formatDay(asOf),
    warnDays,
    facts,
    duties,
    gaps: issues.filter((i) => i.severity === 'gap'),
    expiring: issues.filter((i) => i.severity === 'expiring'),
    diagnostics,
  };
}

/** uses_volunteers comes from the staff register's volunteer column unless the register states it. */
function deriveFacts(evidence: EvidenceRegister, staff: StaffRegister, diagnostics: Diagnostic[]): Record<string, boolean> {
  const facts: Record<string, boolean> = { ...evidence.facts };
  const volunteers = staff.staff.filter((s) => s.volunteer);
  if (facts.uses_volunteers === undefined) facts.uses_volunteers = volunteers.length > 0;
  else if (facts.uses_volunteers === false && volunteers.length > 0) {
    facts.uses_volunteers = true;
    diagnostics.push(
      diagnostic(
        'register-facts-disagree',
        `The evidence register says uses_volunteers: false, but the staff register lists ${volunteers.length} volunteer${volunteers.length > 1 ? 's' : ''} (${volunteers.map((v) => v.staffId).slice(0, 5).join(', ')}); duties for volunteers are checked. Correct whichever register is wrong.`,
        volunteers[0].at,
        { severity: 'warning' },
      ),
    );
  }
  return facts;
}

function checkDuty(item: ChecklistItem, evidence: EvidenceItem[], facts: Record<string, boolean>, ctx: Context, diagnostics: Diagnostic[]): DutyResult {
  const check: ComplianceCheck = item.check ?? {};
  const duty: DutyResult = { requirement: item.id, title: item.requirement, category: item.category, status: 'evidenced', evidencedBy: [], issues: [] };
  if (check.applies_when) {
    const fact = facts[check.applies_when];
    if (fact === false) {
      duty.status = 'not_applicable';
      duty.applicability = `Applies only when ${words(check.applies_when)}; the registers say this partner does not.`;
      return duty;
    }
    duty.applicability =
      fact === true
        ? `Applies because ${words(check.applies_when)}.`
        : `Applies unless ${words(check.applies_when)} is false; state it under facts: in the evidence register.`;
  }
  const issue = (partial: Omit<ComplianceIssue, 'requirement' | 'title'>): void => {
    duty.issues.push({ requirement: item.id, title: item.requirement, ...partial });
  };
  let specific = false;
  if (check.staff) {
    specific = true;
    checkStaff(check.staff, item, ctx, duty, issue);
  }
  if (check.minimum_amounts) {
    specific = true;
    for (const minimum of check.minimum_amounts) checkCover(minimum, evidence, check.renew_every_months, ctx, duty, issue);
    for (const e of evidence.filter((e) => e.cover === undefined)) {
      diagnostics.push(diagnostic('register-no-cover', `This ${item.requirement} entry names no cover, so it cannot count towards any minimum; add cover: (${check.minimum_amounts.map((m) => m.cover).join(', ')}).`, e.at, { severity: 'warning' }));
    }
  }
  if (check.per_financial_year) {
    specific = true;
    checkFinancialYears(check.per_financial_year, item, evidence, ctx, duty, issue, diagnostics);
  }
  if (check.per_year) {
    specific = true;
    checkPerYear(check.per_year, item, evidence, ctx, duty, issue);
  }
  if (check.per_quarter) {
    specific = true;
    checkPerQuarter(check.per_quarter, check.withhold_if_none_in_financial_year === true, item, evidence, ctx, duty, issue, diagnostics);
  } else if (check.withhold_if_none_in_financial_year) {
    diagnostics.push(
      diagnostic('comply-withhold-without-quarters', `The checklist item ${item.id} says withhold_if_none_in_financial_year but has no per_quarter list, so there is nothing to count in each year; add per_quarter: with the items due each quarter.`, undefined, { severity: 'warning' }),
    );
  }
  if (!specific) checkDated(item, evidence, check.renew_every_months, ctx, duty, issue);
  duty.status = duty.issues.some((i) => i.severity === 'gap') ? 'gap' : duty.issues.length > 0 ? 'expiring' : 'evidenced';
  return duty;
}

type AddIssue = (partial: Omit<ComplianceIssue, 'requirement' | 'title'>) => void;

interface Lapse {
  /** the last day the evidence is good for */
  lastValid: DayNumber;
  /** the date to print: an end date as given, or the renewal date */
  shown: DayNumber;
  words: 'expired on' | 'was due for renewal on';
}

/** When a piece of evidence stops being valid: its own end date, else its renewal date, else never. */
function lapseOf(provided: DayNumber, expires: DayNumber | undefined, renewMonths: number | undefined): Lapse | undefined {
  if (expires !== undefined) return { lastValid: expires, shown: expires, words: 'expired on' };
  if (renewMonths !== undefined) {
    const renewal = addMonths(provided, renewMonths);
    return { lastValid: renewal - 1, shown: renewal, words: 'was due for renewal on' };
  }
  return undefined;
}

function lastValid(e: EvidenceItem, renewMonths: number | undefined): number {
  return lapseOf(e.provided, e.expires, renewMonths)?.lastValid ?? Infinity;
}

/** The latest-lasting of the pieces provided by the day of the check. */
function bestOf(evidence: EvidenceItem[], renewMonths: number | undefined, ctx: Context): EvidenceItem | undefined {
  return evidence
    .filter((e) => e.provided <= ctx.asOf)
    .reduce<EvidenceItem | undefined>((best, e) => (best === undefined || lastValid(e, renewMonths) > lastValid(best, renewMonths) ? e : best), undefined);
}

/** Business-as-usual rows and key rows without a quantified check: one dated piece of evidence, not expired. */
function checkDated(item: ChecklistItem, evidence: EvidenceItem[], renewMonths: number | undefined, ctx: Context, duty: DutyResult, issue: AddIssue): void {
  const what = item.requirement;
  const best = bestOf(evidence, renewMonths, ctx);
  if (!best) {
    issue({ severity: 'gap', kind: 'missing', evidence: what, message: `No evidence of ${what} is in the register; add an entry with requirement: ${item.id} and the date it was provided.` });
    return;
  }
  const lapse = lapseOf(best.provided, best.expires, renewMonths);
  if (lapse && lapse.lastValid < ctx.asOf) {
    issue({ severity: 'gap', kind: 'expired', evidence: describe(best, what), lapsedOn: formatDay(lapse.shown), message: `${describe(best, what)} ${lapse.words} ${formatDay(lapse.shown)}; provide a current one.` });
    return;
  }
  if (lapse && lapse.lastValid < ctx.warnUntil) {
    issue({ severity: 'expiring', kind: 'expiring', evidence: describe(best, what), lapsesOn: formatDay(lapse.shown), message: `${describe(best, what)} lapses on ${formatDay(lapse.shown)}; renew it before then.` });
  }
  duty.evidencedBy.push(evidenceLine(best, lapse));
}

function checkCover(
  minimum: NonNullable<ComplianceCheck['minimum_amounts']>[number],
  evidence: EvidenceItem[],
  renewMonths: number | undefined,
  ctx: Context,
  duty: DutyResult,
  issue: AddIssue,
): void {
  const cover = COVER_WORDS[minimum.cover] ?? minimum.cover.replace(/_/g, ' ');
  const needed = `${cover} of at least ${formatPounds(minimum.minimum_pounds * 100)} ${minimum.basis === 'per_claim' ? 'per claim' : 'in the aggregate'}`;
  const ofCover = evidence.filter((e) => e.cover === minimum.cover && e.provided <= ctx.asOf);
  const current = ofCover.filter((e) => lastValid(e, renewMonths) >= ctx.asOf);
  // per claim is the stronger limit: it satisfies an aggregate minimum, not the other way round
  const adequate = current.filter((e) => e.amountPounds !== undefined && e.amountPounds >= minimum.minimum_pounds && (minimum.basis === 'aggregate' || e.basis === 'per_claim'));
  const best = adequate.reduce<EvidenceItem | undefined>((b, e) => (b === undefined || lastValid(e, renewMonths) > lastValid(b, renewMonths) ? e : b), undefined);
  if (best) {
    const lapse = lapseOf(best.provided, best.expires, renewMonths);
    if (lapse && lapse.lastValid < ctx.warnUntil) {
      issue({ severity: 'expiring', kind: 'expiring', evidence: needed, lapsesOn: formatDay(lapse.shown), message: `The ${cover} policy lapses on ${formatDay(lapse.shown)}; send the renewed certificate before then.` });
    }
    duty.evidencedBy.push(`${cover}: ${formatPounds((best.amountPounds ?? 0) * 100)} ${best.basis === 'aggregate' ? 'aggregate' : 'per claim'}${lapse ? `, to ${formatDay(lapse.lastValid)}` : ''}`);
    return;
  }
  if (current.length > 0) {
    const shown = current[0];
    const found =
      shown.amountPounds === undefined
        ? 'gives no amount'
        : `is ${formatPounds(shown.amountPounds * 100)}${shown.basis ? ` ${shown.basis === 'per_claim' ? 'per claim' : 'in the aggregate'}` : ' (basis not given)'}`;
    issue({ severity: 'gap', kind: 'below_minimum', evidence: needed, message: `The ${cover} in the register ${found}; ${needed} is required. Provide evidence of cover that meets it.` });
    return;
  }
  const latest = ofCover.reduce<EvidenceItem | undefined>((b, e) => (b === undefined || lastValid(e, renewMonths) > lastValid(b, renewMonths) ? e : b), undefined);
  if (latest) {
    const lapse = lapseOf(latest.provided, latest.expires, renewMonths)!;
    issue({ severity: 'gap', kind: 'expired', evidence: needed, lapsedOn: formatDay(lapse.shown), message: `The ${cover} policy in the register ${lapse.words} ${formatDay(lapse.shown)}; provide the current certificate (${needed}).` });
    return;
  }
  issue({ severity: 'gap', kind: 'missing', evidence: needed, message: `No ${cover} is in the register; add an entry with cover: ${minimum.cover}, amount_pounds and basis showing ${needed}.` });
}

function checkStaff(rule: NonNullable<ComplianceCheck['staff']>, item: ChecklistItem, ctx: Context, duty: DutyResult, issue: AddIssue): void {
  const level = rule.dbs_level;
  const lists = rule.barred_lists ?? [];
  const needed = `${level ? `an ${level === 'enhanced' ? 'enhanced' : level} DBS check` : 'a DBS check'}${lists.length > 0 ? ` with the ${lists.map((l) => BARRED_WORDS[l]).join(' and ')}` : ''}${rule.renew_every_months ? `, renewed every ${rule.renew_every_months} months` : ''}`;
  if (ctx.staff.staff.length === 0) {
    issue({ severity: 'gap', kind: 'missing', evidence: `the staff register`, message: `The staff register ${ctx.staff.file} lists nobody, so ${item.requirement} cannot be shown; list every person performing the services by staff id.` });
    return;
  }
  let fine = 0;
  for (const person of ctx.staff.staff) {
    const who = `Staff ${person.staffId}`;
    const before = duty.issues.length;
    if (person.dbsCheckDate === undefined) {
      issue({ severity: 'gap', kind: 'dbs', staffId: person.staffId, evidence: needed, message: `${who} has no DBS check date in the staff register; record the date of their ${needed.replace(/, renewed.*$/, '')}.` });
      continue;
    }
    if (level && (person.dbsLevel === undefined || DBS_RANK[person.dbsLevel] < DBS_RANK[level])) {
      issue({ severity: 'gap', kind: 'dbs', staffId: person.staffId, evidence: needed, message: `${who} has ${person.dbsLevel ? `a ${person.dbsLevel}` : 'no recorded level of'} DBS check; ${needed.replace(/, renewed.*$/, '')} is required.` });
    }
    const missingLists = lists.filter((l) => !person.barredLists.includes(l));
    if (missingLists.length > 0) {
      issue({ severity: 'gap', kind: 'dbs', staffId: person.staffId, evidence: needed, message: `${who}'s DBS check does not cover the ${missingLists.map((l) => BARRED_WORDS[l]).join(' or the ')}; an enhanced check with ${lists.map((l) => BARRED_WORDS[l]).join(' and ')} is required.` });
    }
    if (rule.renew_every_months) {
      const lapse = lapseOf(person.dbsCheckDate, undefined, rule.renew_every_months)!;
      if (lapse.lastValid < ctx.asOf) {
        issue({ severity: 'gap', kind: 'expired', staffId: person.staffId, evidence: needed, lapsedOn: formatDay(lapse.shown), message: `${who}'s DBS check of ${formatDay(person.dbsCheckDate)} was due for renewal on ${formatDay(lapse.shown)}; renew it and record the new date.` });
      } else if (lapse.lastValid < ctx.warnUntil) {
        issue({ severity: 'expiring', kind: 'expiring', staffId: person.staffId, evidence: needed, lapsesOn: formatDay(lapse.shown), message: `${who}'s DBS check of ${formatDay(person.dbsCheckDate)} is due for renewal on ${formatDay(lapse.shown)}; start the renewal now.` });
      }
    }
    if (!duty.issues.slice(before).some((i) => i.severity === 'gap')) fine++;
  }
  duty.evidencedBy.push(`${fine} of ${ctx.staff.staff.length} people in the staff register have ${needed.replace(/, renewed.*$/, '')} in date`);
}

function checkFinancialYears(count: number, item: ChecklistItem, evidence: EvidenceItem[], ctx: Context, duty: DutyResult, issue: AddIssue, diagnostics: Diagnostic[]): void {
  const [fyMonth, fyDay] = (ctx.spec.contract?.financial_year_start ?? '04-01').split('-').map(Number);
  for (const e of evidence.filter((e) => e.financialYear === undefined)) {
    diagnostics.push(diagnostic('register-no-financial-year', `This ${item.requirement} entry does not say which financial year it covers; add financial_year: (such as 2021/22).`, e.at, { severity: 'warning' }));
  }
  const provided = new Map<string, EvidenceItem>();
  for (const e of evidence) if (e.financialYear && e.provided <= ctx.asOf) provided.set(e.financialYear, e);
  const asOfYear = Number(formatDay(ctx.asOf).slice(0, 4));
  // the financial year holding the day of the check starts in this calendar year
  let year = ctx.asOf >= parseIsoDate(`${asOfYear}-${pad(fyMonth)}-${pad(fyDay)}`)! ? asOfYear : asOfYear - 1;
  let found = 0;
  for (year -= 1; found < count; year--) {
    const label = `${year}/${pad((year + 1) % 100)}`;
    const due = addMonths(parseIsoDate(`${year + 1}-${pad(fyMonth)}-${pad(fyDay)}`)!, ACCOUNTS_DUE_MONTHS) - 1;
    const entry = provided.get(label);
    if (due > ctx.asOf && !entry) {
      // not yet due and not yet sent: the year before it counts instead; remind when close
      if (due < ctx.warnUntil) {
        issue({ severity: 'expiring', kind: 'due_soon', evidence: `${item.requirement} for ${label}`, lapsesOn: formatDay(due), message: `${item.requirement} for ${label} are due by ${formatDay(due)}; send them when they are signed off.` });
      }
      continue;
    }
    found++;
    if (entry) duty.evidencedBy.push(`${label}: provided ${formatDay(entry.provided)}`);
    else issue({ severity: 'gap', kind: 'missing', evidence: `${item.requirement} for ${label}`, lapsedOn: formatDay(due), message: `${item.requirement} for ${label} are not in the register (due by ${formatDay(due)}); add them with financial_year: ${label}.` });
  }
}

interface Span {
  start: DayNumber;
  end: DayNumber;
  months: number;
  label: string;
}

/** Contract years: from the contract start, a year at a time, the last clipped to the contract end. */
function contractYears(ctx: Context): Span[] {
  const contract = ctx.spec.contract;
  if (!contract) {
    // no contract dates: the twelve months up to the day of the check
    const start = addMonths(ctx.asOf, -12) + 1;
    return [{ start, end: ctx.asOf, months: 12, label: `the year to ${formatDay(ctx.asOf)}` }];
  }
  const start = parseIsoDate(contract.start)!;
  const end = parseIsoDate(contract.end)!;
  const spans: Span[] = [];
  for (let n = 0; addMonths(start, 12 * n) <= end; n++) {
    const from = addMonths(start, 12 * n);
    const to = Math.min(addMonths(start, 12 * (n + 1)) - 1, end);
    let months = 0;
    while (months < 12 && addMonths(from, months + 1) - 1 <= to) months++;
    spans.push({ start: from, end: to, months: Math.max(months, 1), label: `contract year ${n + 1} (${formatDay(from)} to ${formatDay(to)})` });
  }
  return spans;
}

function checkPerYear(perYear: number, item: ChecklistItem, evidence: EvidenceItem[], ctx: Context, duty: DutyResult, issue: AddIssue): void {
  for (const span of contractYears(ctx)) {
    if (span.start > ctx.asOf) break;
    // a part year needs its share, rounded up: three a year is two in a six-month final year
    const needed = Math.ceil((perYear * span.months) / 12);
    const held = evidence.filter((e) => e.provided >= span.start && e.provided <= Math.min(span.end, ctx.asOf)).length;
    const what = `${needed} dated ${item.requirement} record${needed > 1 ? 's' : ''}`;
    if (held >= needed) {
      duty.evidencedBy.push(`${span.label}: ${held} of ${needed}`);
    } else if (span.end < ctx.asOf) {
      issue({ severity: 'gap', kind: 'missing', evidence: what, lapsedOn: formatDay(span.end), message: `${item.requirement}: ${held} of the ${needed} needed in ${span.label} are in the register; add the missing ones with the dates they happened.` });
    } else if (span.end < ctx.warnUntil) {
      issue({ severity: 'expiring', kind: 'due_soon', evidence: what, lapsesOn: formatDay(span.end), message: `${item.requirement}: ${held} of the ${needed} needed in ${span.label} so far; the rest are due by ${formatDay(span.end)}.` });
    } else {
      duty.evidencedBy.push(`${span.label}: ${held} of ${needed} so far (due by ${formatDay(span.end)})`);
    }
  }
}

function checkPerQuarter(items: string[], withholdIfNone: boolean, item: ChecklistItem, evidence: EvidenceItem[], ctx: Context, duty: DutyResult, issue: AddIssue, diagnostics: Diagnostic[]): void {
  if (!ctx.spec.contract) {
    issue({ severity: 'gap', kind: 'missing', evidence: item.requirement, message: `The spec has no contract dates, so the quarters for ${item.requirement} are unknown; add contract: start and end to the spec.` });
    return;
  }
  const plan = periodsOf(ctx.spec.contract);
  warnUncountedEntries(items, item, evidence, plan, diagnostics);
  /** the first provision of an item for a quarter, by the day of the check */
  const firstSent = (quarter: string, name: string): EvidenceItem | undefined =>
    evidence
      .filter((e) => e.quarter === quarter && e.item === name && e.provided <= ctx.asOf)
      .reduce<EvidenceItem | undefined>((first, e) => (first === undefined || e.provided < first.provided ? e : first), undefined);
  let complete = 0;
  const late: string[] = [];
  for (const q of plan.quarters) {
    const period = plan.periods[q];
    const quarterEnd = plan.endDay[q];
    if (quarterEnd >= ctx.asOf) continue;
    const due = quarterDue(quarterEnd);
    let all = true;
    for (const name of items) {
      const sent = firstSent(period.label, name);
      if (sent) {
        // sent late is still sent: the duty is met now, but the partner should see the delay
        if (sent.provided > due) late.push(`${period.label} ${itemWords(name)} sent ${formatDay(sent.provided)} (due ${formatDay(due)})`);
        continue;
      }
      all = false;
      const what = `the ${itemWords(name)} for ${period.label}`;
      // "accounts" are plural where "a case study" is not
      const plural = /s$/.test(name);
      if (due < ctx.asOf) {
        const [is, it, was] = plural ? ['are', 'them', 'were'] : ['is', 'it', 'was'];
        issue({ severity: 'gap', kind: 'overdue', evidence: what, period: period.label, lapsedOn: formatDay(due), message: `${capitalise(what)} ${is} not in the register; ${plural ? 'they' : 'it'} ${was} due by ${formatDay(due)}. Add ${it} with quarter: ${period.label} and item: ${name}.` });
      } else {
        issue({ severity: 'expiring', kind: 'due_soon', evidence: what, period: period.label, lapsesOn: formatDay(due), message: `${capitalise(what)} ${plural ? 'are' : 'is'} due by ${formatDay(due)}.` });
      }
    }
    if (all) complete++;
  }
  duty.evidencedBy.push(`${complete} quarter${complete === 1 ? '' : 's'} with every item (${items.join(', ')}) submitted`);
  if (late.length > 0) duty.evidencedBy.push(`sent after the due date: ${late.join(', ')}`);
  if (withholdIfNone) checkNoneInFinancialYear(items, item, plan, (quarter, name) => firstSent(quarter, name) !== undefined, ctx, issue);
}

/** An entry that names no quarter, another item or a quarter outside the contract counts for nothing: say so where it is. */
function warnUncountedEntries(items: string[], item: ChecklistItem, evidence: EvidenceItem[], plan: ReturnType<typeof periodsOf>, diagnostics: Diagnostic[]): void {
  const quarters = plan.quarters.map((q) => plan.periods[q].label);
  const warn = (e: EvidenceItem, problem: string, fix: string) =>
    diagnostics.push(diagnostic('register-uncounted-entry', `This ${item.requirement} entry ${problem}, so it counts for no quarter; ${fix}.`, e.at, { severity: 'warning' }));
  for (const e of evidence) {
    if (e.quarter === undefined) warn(e, 'does not say which quarter it is for', `add quarter: (such as ${quarters[0]})`);
    else if (e.item === undefined) warn(e, 'does not say which item it is', `add item: (${items.join(', ')})`);
    else if (!items.includes(e.item)) warn(e, `names the item "${e.item.slice(0, 40)}", which ${item.id} does not ask for`, `use ${items.length === 1 ? items[0] : `one of ${items.join(', ')}`}`);
    else if (!quarters.includes(e.quarter)) warn(e, `is for ${e.quarter}, outside the contract's quarters (${quarters[0]} to ${quarters[quarters.length - 1]})`, 'correct the quarter');
  }
}

function quarterDue(quarterEnd: DayNumber): DayNumber {
  return lastDayOfMonthAfter(quarterEnd, QUARTERLY_DUE_MONTHS);
}

/**
 * "Payment may be withheld if accounts are not provided at least annually": a financial year of
 * the contract with nothing sent for any of its quarters. A year counts once one of its quarters is
 * overdue, so the year still running is judged on its part so far; a year's own submissions count
 * whenever they were sent, up to the day of the check, because the question is whether the
 * commissioner has the year's accounts now.
 */
function checkNoneInFinancialYear(
  items: string[],
  item: ChecklistItem,
  plan: ReturnType<typeof periodsOf>,
  isSent: (quarter: string, name: string) => boolean,
  ctx: Context,
  issue: AddIssue,
): void {
  const what = listWords(items.map(itemWords), 'or');
  for (const y of plan.years) {
    const year = plan.periods[y].label;
    const quarters = plan.quarters.filter((q) => plan.yearOf[q] === y);
    const overdue = quarters.filter((q) => quarterDue(plan.endDay[q]) < ctx.asOf);
    if (overdue.length === 0) continue;
    if (quarters.some((q) => items.some((name) => isSent(plan.periods[q].label, name)))) continue;
    const lastDue = formatDay(quarterDue(plan.endDay[overdue[overdue.length - 1]]));
    const labels = overdue.map((q) => plan.periods[q].label);
    const found =
      overdue.length === quarters.length
        ? `the register has no ${what} for any quarter of ${year} (${formatDay(plan.startDay[y])} to ${formatDay(plan.endDay[y])}), and every one of its ${quarters.length} quarter${quarters.length === 1 ? ' was' : 's was'} due by ${lastDue}`
        : `the register has no ${what} for ${year} so far (since ${formatDay(plan.startDay[y])}), and ${listWords(labels, 'and')} ${labels.length === 1 ? 'was' : 'were'} due by ${lastDue}`;
    issue({
      severity: 'gap',
      kind: 'payment_may_be_withheld',
      evidence: `${item.requirement}: none for ${year}`,
      period: year,
      lapsedOn: lastDue,
      message: `Payment may be withheld: ${found}. Submit the ${what} for ${listWords(labels, 'and')} now and add ${labels.length === 1 ? 'it' : 'each'} to the register with quarter: ${labels.length === 1 ? labels[0] : '(the quarter)'} and item: ${items[0]}; one quarter's submission lifts this.`,
    });
  }
}

function itemWords(name: string): string {
  return name.replace(/_/g, ' ');
}


function describe(e: EvidenceItem, what: string): string {
  return e.evidence ? `"${e.evidence.slice(0, 80)}" (${what})` : `The ${what} evidence provided on ${formatDay(e.provided)}`;
}

function evidenceLine(e: EvidenceItem, lapse: Lapse | undefined): string {
  return `${e.evidence ?? 'evidence'}: provided ${formatDay(e.provided)}${lapse ? `, valid to ${formatDay(lapse.lastValid)}` : ''}`;
}

function words(fact: string): string {
  return fact === 'uses_volunteers' ? 'the partner uses volunteers' : `${fact.replace(/_/g, ' ')} is true`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
