import type { Rule } from '../dsl/ast.js';
import type {
  ChecklistItem,
  ComplianceCheck,
  Dataset,
  DocumentPart,
  Paragraph,
  PaymentElement,
  Section,
  ServiceSpec,
  Target,
} from '../spec/types.generated.js';
import { autolink, codeSpan, escapeBlock, escapeCell, escapeInline, guardBlockStart } from './escape.js';

export interface RenderOptions {
  /** The rule (or condition) said in plain words; the CLI passes the DSL's describeRule. May throw. */
  describeRule?: (ruleText: string) => string;
  /** The rule's syntax tree, for the threshold and period columns; the CLI passes the DSL's parser. */
  parseRule?: (ruleText: string) => Rule | undefined;
}

/** Parts printed in an appendix when no section shows them, in this order. */
const APPENDIX_PARTS: DocumentPart[] = [
  'eligibility',
  'referral_routes',
  'payment',
  'targets',
  'personal_outcomes',
  'system_outcomes',
  'social_value',
  'checklist',
  'parameters',
  'datasets',
];

const PART_TITLES: Record<DocumentPart, string> = {
  funding: 'Funding',
  staffing: 'Staffing',
  payment: 'Payment terms',
  year_end_reconciliation: 'End of year',
  eligibility: 'Eligibility',
  referral_routes: 'Referral routes',
  targets: 'Targets',
  checklist: 'Contract checklist',
  personal_outcomes: 'Personal outcomes',
  system_outcomes: 'System outcomes',
  social_value: 'Social value',
  parameters: 'Settings chosen by the provider or commissioner',
  datasets: 'Data dictionary',
};

/**
 * The spec as the document a commissioner recognises: the source's sections and numbered paragraphs
 * in order, with targets, payment terms, checklist and outcome tables where the source has them, and
 * whatever the source has nowhere (the targets table, the data dictionary) in appendices.
 * Pure: the same spec and options always give the same text.
 */
export function renderMarkdown(spec: ServiceSpec, opts: RenderOptions = {}): string {
  return new MarkdownWriter(spec, opts).document();
}

class MarkdownWriter {
  private readonly targets = new Map<string, Target>();
  private readonly shownInNarrative = new Set<DocumentPart>();
  /** Two lists in a row with the same bullet would merge into one; alternating the bullet keeps them apart. */
  private listCount = 0;

  constructor(
    private readonly spec: ServiceSpec,
    private readonly opts: RenderOptions,
  ) {
    for (const target of spec.targets ?? []) this.targets.set(target.id, target);
    for (const section of spec.sections ?? []) {
      for (const part of section.shows ?? []) this.shownInNarrative.add(part);
      for (const paragraph of section.paragraphs ?? []) this.collectShownParts(paragraph);
    }
  }

  document(): string {
    const blocks = [...this.titleBlock(), this.identityTable()];
    for (const section of this.spec.sections ?? []) blocks.push(...this.section(section));
    const appendixParts = APPENDIX_PARTS.filter((part) => !this.shownInNarrative.has(part) && this.hasPart(part));
    appendixParts.forEach((part, index) => {
      blocks.push(`## Appendix ${String.fromCharCode(65 + index)}: ${escapeInline(PART_TITLES[part])}`);
      blocks.push(...this.part(part, 3));
    });
    return `${blocks.filter((block) => block.length > 0).join('\n\n')}\n`;
  }

  private collectShownParts(paragraph: Paragraph): void {
    if (typeof paragraph === 'string') return;
    for (const part of paragraph.shows ?? []) this.shownInNarrative.add(part);
    for (const item of paragraph.items ?? []) this.collectShownParts(item);
  }

  private titleBlock(): string[] {
    const { spec } = this;
    const blocks = [`# ${escapeInline(spec.title)}`];
    const heading = spec.document?.heading ?? [];
    if (heading.length > 0) blocks.push(heading.map((line) => `**${escapeInline(line)}**`).join('  \n'));
    const copyright = spec.document?.copyright ?? [];
    if (copyright.length > 0) blocks.push(copyright.map((line) => escapeBlock(line)).join('  \n'));
    if (spec.document?.status) blocks.push(`Status: **${escapeInline(spec.document.status)}**`);
    return blocks;
  }

  private identityTable(): string {
    const { spec } = this;
    const rows: [string, string][] = [['Specification', `${codeSpan(spec.id)}, version ${escapeCell(spec.version)}`]];
    if (spec.commissioner) rows.push(['Commissioner', escapeCell(spec.commissioner)]);
    if (spec.funder) rows.push(['Funder', escapeCell(spec.funder)]);
    if (spec.lot) rows.push(['Lot', escapeCell(spec.lot)]);
    if (spec.contract) {
      const period = `${longDate(spec.contract.start)} to ${longDate(spec.contract.end)}`;
      const note = spec.contract.note ? ` (${escapeCell(spec.contract.note)})` : '';
      rows.push(['Contract period', `${period}${note}`]);
      rows.push(['Financial year starts', dayAndMonth(spec.contract.financial_year_start ?? '04-01')]);
    }
    if (spec.areas) rows.push(['Areas', spec.areas.map(escapeCell).join(', ')]);
    const funding = spec.funding?.per_area_per_year;
    if (funding && Object.keys(funding).length > 0) {
      const amounts = Object.entries(funding).map(([area, pounds]) => `${escapeCell(area)}: ${pounds_(pounds)}`);
      rows.push(['Funding per area per year', amounts.join('; ')]);
    }
    if (spec.staffing && !this.shownInNarrative.has('staffing')) rows.push(['Staffing', escapeCell(spec.staffing)]);
    return table(['About this specification', ''], rows);
  }

  private section(section: Section): string[] {
    const level = section.level ?? 2;
    const blocks = [`${'#'.repeat(level)} ${escapeInline(section.title)}`];
    for (const paragraph of section.paragraphs ?? []) blocks.push(...this.paragraph(paragraph, level + 1));
    for (const part of section.shows ?? []) blocks.push(...this.part(part, level + 1));
    return blocks;
  }

  /** Blocks of one paragraph; `subLevel` is the heading level for anything it shows that has headings. */
  private paragraph(paragraph: Paragraph, subLevel: number): string[] {
    if (typeof paragraph === 'string') return [escapeBlock(paragraph)];
    const blocks: string[] = [];
    const lead = [
      paragraph.text === undefined ? '' : escapeInline(paragraph.text),
      paragraph.target === undefined ? '' : this.targetInPlace(paragraph.target),
    ]
      .filter((piece) => piece.length > 0)
      .join(' ');
    if (paragraph.number !== undefined) blocks.push(`**${escapeInline(printedNumber(paragraph.number))}** ${lead}`.trimEnd());
    else if (lead.length > 0) blocks.push(guardBlockStart(lead));
    if (paragraph.items && paragraph.items.length > 0) {
      const marker = this.listCount++ % 2 === 0 ? '-' : '*';
      blocks.push(paragraph.items.map((item) => listItem(marker, this.paragraph(item, subLevel))).join('\n'));
    }
    if (paragraph.quote !== undefined) {
      const quoted = [escapeBlock(paragraph.quote)];
      if (paragraph.source !== undefined) quoted.push(`*${escapeInline(paragraph.source)}*`);
      blocks.push(quoted.map((line) => `> ${line}`).join('\n>\n'));
    }
    for (const part of paragraph.shows ?? []) blocks.push(...this.part(part, subLevel));
    return blocks;
  }

  private targetInPlace(id: string): string {
    const target = this.targets.get(id);
    if (!target) return `(target ${codeSpan(id)} is not in this specification)`;
    return `${escapeInline(target.text ?? target.title ?? id)} *(target ${codeSpan(id)})*`;
  }

  private hasPart(part: DocumentPart): boolean {
    const { spec } = this;
    switch (part) {
      case 'funding':
        return spec.funding !== undefined;
      case 'staffing':
        return spec.staffing !== undefined;
      case 'payment':
        return spec.payment !== undefined;
      case 'year_end_reconciliation':
        return spec.payment?.year_end_reconciliation !== undefined;
      case 'eligibility':
        return spec.eligibility !== undefined;
      case 'referral_routes':
        return spec.referral_routes !== undefined;
      case 'targets':
        return (spec.targets ?? []).length > 0;
      case 'checklist':
        return (spec.checklist ?? []).length > 0;
      case 'personal_outcomes':
        return (spec.personal_outcomes ?? []).length > 0;
      case 'system_outcomes':
        return (spec.system_outcomes ?? []).length > 0;
      case 'social_value':
        return (spec.social_value ?? []).length > 0;
      case 'parameters':
        return Object.keys(spec.parameters ?? {}).length > 0;
      case 'datasets':
        return Object.keys(spec.datasets ?? {}).length > 0;
    }
  }

  private part(part: DocumentPart, level: number): string[] {
    switch (part) {
      case 'funding':
        return this.funding();
      case 'staffing':
        return this.spec.staffing ? [escapeBlock(this.spec.staffing)] : [];
      case 'payment':
        return this.payment();
      case 'year_end_reconciliation':
        return this.yearEnd();
      case 'eligibility':
        return this.eligibility();
      case 'referral_routes':
        return (this.spec.referral_routes?.text ?? []).map(escapeBlock);
      case 'targets':
        return this.targetsTable();
      case 'checklist':
        return this.checklist();
      case 'personal_outcomes':
        return this.personalOutcomes(level);
      case 'system_outcomes':
        return [(this.spec.system_outcomes ?? []).map((outcome) => `- ${escapeBlock(outcome.text)}`).join('\n')];
      case 'social_value':
        return this.socialValue();
      case 'parameters':
        return this.parameters();
      case 'datasets':
        return this.dataDictionary(level);
    }
  }

  private funding(): string[] {
    const funding = this.spec.funding;
    if (!funding) return [];
    if (funding.text && funding.text.length > 0) return [funding.text.map(escapeBlock).join('  \n')];
    const amounts = Object.entries(funding.per_area_per_year).map(([area, pounds]) => `${escapeInline(area)} ${pounds_(pounds)} a year`);
    return [`Funding: ${amounts.join('; ')}.`];
  }

  private payment(): string[] {
    const payment = this.spec.payment;
    if (!payment) return [];
    const blocks = (payment.text ?? []).map(escapeBlock);
    for (const element of payment.elements ?? []) blocks.push(...this.paymentElement(element));
    if (!this.shownInNarrative.has('year_end_reconciliation')) blocks.push(...this.yearEnd());
    const terms: [string, string][] = [];
    if (payment.frequency) terms.push(['Judged and paid', payment.frequency]);
    if (payment.paid_months_in_arrears !== undefined) terms.push(['Paid in arrears', plural(payment.paid_months_in_arrears, 'month')]);
    if (payment.at_risk_percent !== undefined) terms.push(['Share of each payment at risk', `${payment.at_risk_percent}%`]);
    for (const element of payment.elements ?? []) {
      terms.push([`Element ${codeSpan(element.id)}`, this.describeElement(element)]);
    }
    if (payment.deduction_cap === 'at_risk') terms.push(['Deductions', 'never more than the amount at risk']);
    const repay = payment.year_end_reconciliation?.repay_deductions_when_all_met;
    if (repay && repay.length > 0) {
      terms.push(['End of year', `deductions repaid when all of these are met on the year's figures: ${repay.map(codeSpan).join(', ')}`]);
    }
    if (terms.length > 0) {
      blocks.push('**How these payment terms are read:**');
      blocks.push(table(['Term', 'Read as'], terms));
    }
    if (payment.reading) blocks.push(`*Reading:* ${escapeInline(payment.reading)}`);
    return blocks;
  }

  private paymentElement(element: PaymentElement): string[] {
    const [first, ...rest] = element.text ?? [];
    const blocks: string[] = [];
    if (first !== undefined) blocks.push(escapeBlock(first));
    if (rest.length > 0) blocks.push(rest.map((line) => `- ${escapeBlock(line)}`).join('\n'));
    return blocks;
  }

  private describeElement(element: PaymentElement): string {
    const targets = element.targets.map(codeSpan).join(', ');
    const share = `${element.share_percent}% of the amount at risk`;
    const noData = element.no_data === 'not_earned' ? 'not earned' : 'earned and flagged';
    if (element.earned_by === 'proportion_of_count_target') {
      return `${share}, earned in proportion to ${targets} against its target for the quarter (at most ${element.cap_percent ?? 100}%)`;
    }
    return `${share}, shared equally among ${targets}; each share earned when its target is met (with no data: ${noData})`;
  }

  private yearEnd(): string[] {
    return (this.spec.payment?.year_end_reconciliation?.text ?? []).map(escapeBlock);
  }

  private eligibility(): string[] {
    const eligibility = this.spec.eligibility;
    if (!eligibility) return [];
    const blocks = (eligibility.text ?? []).map(escapeBlock);
    if (eligibility.rule) {
      const who = eligibility.dataset ? `A record of ${codeSpan(eligibility.dataset)} is eligible when` : 'Eligible when';
      const words = this.plainWords(eligibility.rule);
      blocks.push(`*Read as:* ${who} ${words}${/[.?!]$/.test(words) ? '' : '.'}`);
    }
    return blocks;
  }

  private plainWords(ruleText: string): string {
    if (this.opts.describeRule) {
      try {
        return escapeInline(this.opts.describeRule(ruleText));
      } catch {
        // A rule the DSL cannot describe is shown as written; lint reports why.
      }
    }
    return codeSpan(ruleText);
  }

  private parsed(ruleText: string): Rule | undefined {
    try {
      return this.opts.parseRule?.(ruleText);
    } catch {
      return undefined;
    }
  }

  private targetsTable(): string[] {
    const rows = (this.spec.targets ?? []).map((target): string[] => {
      const rule = this.parsed(target.rule);
      return [
        codeSpan(target.id),
        escapeCell(target.text ?? target.title ?? '') + (target.note ? ` *${escapeCell(target.note)}*` : ''),
        this.plainWords(target.rule),
        rule ? thresholdOf(rule) : '',
        rule ? periodOf(rule) : '',
      ];
    });
    return [table(['Target', 'What it says', 'In plain words', 'Threshold', 'Period by'], rows)];
  }

  private checklist(): string[] {
    const items = this.spec.checklist ?? [];
    const blocks: string[] = [];
    const groups: [ChecklistItem['category'], string][] = [
      ['key', 'Key Contract Requirements'],
      ['business_as_usual', '“Business As Usual” Contract Requirement'],
    ];
    for (const [category, heading] of groups) {
      const rows = items
        .filter((item) => item.category === category)
        .map((item) => [escapeCell(item.requirement), evidenceCell(item), item.check ? escapeCell(describeCheck(item.check)) : '']);
      if (rows.length > 0) blocks.push(table([heading, 'Evidence', 'Checked as'], rows));
    }
    return blocks;
  }

  private personalOutcomes(level: number): string[] {
    const blocks: string[] = [];
    let currentGroup: string | undefined;
    let list: string[] = [];
    const flush = () => {
      if (list.length > 0) blocks.push(list.join('\n'));
      list = [];
    };
    (this.spec.personal_outcomes ?? []).forEach((outcome, index) => {
      if (outcome.group !== currentGroup) {
        flush();
        currentGroup = outcome.group;
        if (currentGroup !== undefined) blocks.push(`${'#'.repeat(Math.min(level, 6))} ${escapeInline(currentGroup)}`);
      }
      const measuredBy: string[] = [];
      if (outcome.measure) measuredBy.push(`monitored by target ${codeSpan(outcome.measure)}`);
      if (outcome.tool_parameter) measuredBy.push(`on the tool the provider names in ${codeSpan(outcome.tool_parameter)}`);
      const note = measuredBy.length > 0 ? ` *(${measuredBy.join(', ')})*` : '';
      list.push(`${outcome.number ?? index + 1}. ${escapeInline(outcome.text)}${note}`);
    });
    flush();
    return blocks;
  }

  private socialValue(): string[] {
    const rows = (this.spec.social_value ?? []).map((theme) => [escapeCell(theme.theme), escapeCell(theme.description)]);
    return [table(['Theme', 'Description'], rows)];
  }

  private parameters(): string[] {
    const rows = Object.entries(this.spec.parameters ?? {}).map(([name, parameter]) => [
      codeSpan(`$${name}`),
      parameter.set_by ?? '',
      parameter.values ? `${parameter.type}: ${parameter.values.map(escapeCell).join(', ')}` : parameter.type,
      parameter.default === undefined ? '' : escapeCell(String(parameter.default)),
      escapeCell(parameter.description),
    ]);
    return [table(['Setting', 'Set by', 'Type', 'Default', 'What it is'], rows)];
  }

  private dataDictionary(level: number): string[] {
    const blocks: string[] = [];
    const heading = '#'.repeat(Math.min(level, 6));
    for (const [name, dataset] of Object.entries(this.spec.datasets ?? {})) {
      blocks.push(`${heading} ${escapeInline(dataset.title ?? name)} (${codeSpan(name)})`);
      if (dataset.description) blocks.push(escapeBlock(dataset.description));
      const facts = datasetFacts(dataset);
      if (facts.length > 0) blocks.push(facts.join('  \n'));
      const fields = Object.entries(dataset.fields).map(([fieldName, field]) => [
        codeSpan(fieldName),
        field.type + (field.type === 'list' ? ` (separated by ${codeSpan(field.separator ?? ';')})` : ''),
        field.required ? 'yes' : 'no',
        allowedValues(field),
        escapeCell(field.description ?? '') + (field.personal ? ' Never printed in reports.' : ''),
      ]);
      blocks.push(table(['Field', 'Type', 'Required', 'Allowed values', 'Description'], fields));
      const derived = Object.entries(dataset.derived ?? {});
      if (derived.length > 0) {
        blocks.push('Computed fields:');
        blocks.push(table(['Field', 'Computed as', 'Description'], derived.map(([fieldName, d]) => [codeSpan(fieldName), codeSpan(d.expr), escapeCell(d.description ?? '')])));
      }
      const checks = dataset.checks ?? [];
      if (checks.length > 0) {
        blocks.push('Data checks (a record that fails one is reported and left out of the targets):');
        blocks.push(table(['Check', 'Rule', 'Message'], checks.map((check) => [codeSpan(check.id), codeSpan(check.rule), escapeCell(check.message)])));
      }
    }
    return blocks;
  }
}

function datasetFacts(dataset: Dataset): string[] {
  const facts: string[] = [];
  if (dataset.key) facts.push(`Each record is identified by ${codeSpan(dataset.key)}.`);
  for (const [linkName, link] of Object.entries(dataset.links ?? {})) {
    facts.push(`${codeSpan(link.field)} links each record to one record of ${codeSpan(link.to)}; rules read its fields as ${codeSpan(`${linkName}.field`)}.`);
  }
  if (dataset.order_by) facts.push(`First and last records are found by ${codeSpan(dataset.order_by)}.`);
  return facts;
}

function allowedValues(field: Dataset['fields'][string]): string {
  const parts: string[] = [];
  if (field.values) parts.push(field.values.map(escapeCell).join(', '));
  if (field.minimum !== undefined && field.maximum !== undefined) parts.push(`${field.minimum} to ${field.maximum}`);
  else if (field.minimum !== undefined) parts.push(`${field.minimum} or more`);
  else if (field.maximum !== undefined) parts.push(`${field.maximum} or less`);
  return parts.join('; ');
}

function evidenceCell(item: ChecklistItem): string {
  const pieces = [escapeCell(item.evidence)];
  for (const detail of item.details ?? []) pieces.push(`• ${escapeInline(detail)}`);
  for (const link of item.links ?? []) pieces.push(autolink(link));
  return pieces.join(' ');
}

/** The compliance check in words, so a partner sees what its evidence register must show. */
export function describeCheck(check: ComplianceCheck): string {
  const parts: string[] = [];
  if (check.applies_when) parts.push(`applies when ${check.applies_when.replace(/_/g, ' ')}`);
  if (check.staff) {
    const staff = check.staff;
    const lists = staff.barred_lists && staff.barred_lists.length > 0 ? ` with the ${staff.barred_lists.join(' and ')} barred lists` : '';
    const level = staff.dbs_level ? `${staff.dbs_level} DBS check` : 'DBS check';
    const renew = staff.renew_every_months ? `, renewed at least every ${plural(staff.renew_every_months, 'month')}` : '';
    parts.push(`every member of staff has an ${level}${lists}${renew}`.replace(/\ban (basic|standard)\b/, 'a $1'));
  }
  for (const amount of check.minimum_amounts ?? []) {
    const basis = amount.basis === 'per_claim' ? 'per claim' : 'in aggregate';
    parts.push(`${amount.cover.replace(/_/g, ' ')} cover of at least ${pounds_(amount.minimum_pounds)} ${basis}`);
  }
  if (check.per_financial_year) parts.push(`evidence for each of the past ${plural(check.per_financial_year, 'financial year')}`);
  if (check.per_year) parts.push(`${check.per_year} dated pieces of evidence in each contract year`);
  if (check.per_quarter && check.per_quarter.length > 0) parts.push(`every quarter: ${check.per_quarter.join(', ')}`);
  if (check.withhold_if_none_in_financial_year) parts.push('payment may be withheld for a financial year with none');
  if (check.renew_every_months) parts.push(`renewed at least every ${plural(check.renew_every_months, 'month')}`);
  return parts.length > 0 ? `${parts.join('; ')}.`.replace(/^./, (c) => c.toUpperCase()) : '';
}

/** "at least 95%", "at least 35 a year (pro-rated)", "monitored, no threshold". */
export function thresholdOf(rule: Rule): string {
  const { measure } = rule;
  const comparator = measure.comparator === 'more_than' ? 'more than' : 'at least';
  if (measure.kind === 'share') {
    return measure.threshold === null ? 'monitored, no threshold' : `${comparator} ${percent(measure.threshold)}`;
  }
  return measure.perYear === null ? 'monitored, no threshold' : `${comparator} ${measure.perYear} a year, pro-rated by months`;
}

/** "referral_date, for each area, from contract year 3". */
export function periodOf(rule: Rule): string {
  const parts = [codeSpan(rule.datedBy.path.map((id) => id.name).join('.'))];
  if (rule.groupBy) parts.push(`for each ${codeSpan(rule.groupBy.path.map((id) => id.name).join('.'))}`);
  if (rule.fromContractYear) parts.push(`from contract year ${rule.fromContractYear.year}`);
  return parts.join(', ');
}

/** Paragraph numbers print as the source does: "12." for a plain number, anything else as written. */
function printedNumber(number: string | number): string {
  return /^\d+$/.test(String(number)) ? `${number}.` : String(number);
}

function percent(fraction: number): string {
  return `${Math.round(fraction * 10000) / 100}%`;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

function pounds_(pounds: number): string {
  return `£${pounds.toLocaleString('en-GB', { maximumFractionDigits: 2 })}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2021-10-01" → "1 October 2021"; anything else is printed as written. */
export function longDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : escapeInline(iso);
}

function dayAndMonth(monthDay: string): string {
  const match = /^(\d{2})-(\d{2})$/.exec(monthDay);
  const month = match ? MONTHS[Number(match[1]) - 1] : undefined;
  return match && month ? `${Number(match[2])} ${month}` : escapeInline(monthDay);
}

/** A GFM table; cells must already be escaped. */
function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((cell) => cell.replace(/\n/g, ' ')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A list item whose content may be several blocks; continuation blocks are indented under the marker. */
function listItem(marker: string, blocks: string[]): string {
  const indent = ' '.repeat(marker.length + 1);
  const [first = '', ...rest] = blocks;
  const lines = [`${marker} ${indentLines(first, indent).trimStart()}`];
  for (const block of rest) lines.push('', indentLines(block, indent));
  return lines.join('\n');
}

function indentLines(block: string, indent: string): string {
  return block
    .split('\n')
    .map((line) => (line.length > 0 ? indent + line : line))
    .join('\n');
}
