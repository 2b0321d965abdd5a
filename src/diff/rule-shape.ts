/**
 * A target rule taken apart the way a reviewer reads it: the measure (kind, comparator, threshold)
 * and the parts a change can touch (population, condition, dating, grouping, from-year). Each part
 * carries a `key` that is equal exactly when the parts mean the same (layout and comments ignored)
 * and the `text` to show a person.
 */
import type { Comparator, Rule, RulePart } from '../dsl/ast.js';
import { formatExpression, formatMeasure, parseRule } from '../dsl/index.js';

export interface MeasureShape {
  kind: 'share' | 'count';
  comparator: Comparator | null;
  /** a fraction for shares (0.95), a number a year for counts (35); null when monitored */
  threshold: number | null;
  text: string;
  /** where the measure starts in the rule's text */
  offset: number;
}

export interface PartShape {
  key: string;
  text: string;
  /** where the part starts in the rule's text, so a change can point at its line */
  offset?: number;
}

export type ComparedPart = Exclude<RulePart, 'measure'>;

export interface RuleShape {
  measure: MeasureShape;
  parts: Record<ComparedPart, PartShape | undefined>;
  fromYear?: number;
  /** the whole rule, canonical, for rename detection */
  key: string;
}

export const COMPARED_PARTS: readonly ComparedPart[] = ['population', 'condition', 'dating', 'grouping', 'from'];

/**
 * The rule's parts, compared through the parsed rule: each part's key is its canonical text
 * (formatExpression), so spans, layout and comments never count. A rule that does not parse (lint
 * says why) is taken apart by its keywords instead, so a half-finished rule still gets a diff; and
 * undefined when not even that works.
 */
export function ruleShape(ruleText: string): RuleShape | undefined {
  const { rule } = parseRule(ruleText);
  return rule ? shapeOfParsedRule(rule) : shapeByKeywords(ruleText);
}

function shapeOfParsedRule(rule: Rule): RuleShape {
  const m = rule.measure;
  const measure: MeasureShape = {
    kind: m.kind,
    comparator: m.comparator,
    threshold: m.kind === 'share' ? m.threshold : m.perYear,
    text: formatMeasure(m),
    offset: m.span.start,
  };
  const population = rule.population.where
    ? `${rule.population.dataset.name} where ${formatExpression(rule.population.where)}`
    : rule.population.dataset.name;
  const canonical = (text: string, offset: number): PartShape => ({ key: text, text, offset });
  const parts: Record<ComparedPart, PartShape | undefined> = {
    population: canonical(population, rule.population.span.start),
    condition: rule.condition ? canonical(`meet ${formatExpression(rule.condition)}`, rule.condition.span.start) : undefined,
    dating: canonical(`dated by ${formatExpression(rule.datedBy)}`, rule.datedBy.span.start),
    grouping: rule.groupBy ? canonical(`for each ${formatExpression(rule.groupBy)}`, rule.groupBy.span.start) : undefined,
    from: rule.fromContractYear ? canonical(`from contract year ${rule.fromContractYear.year}`, rule.fromContractYear.span.start) : undefined,
  };
  return {
    measure,
    parts,
    fromYear: rule.fromContractYear?.year,
    key: `${measure.text}|${COMPARED_PARTS.map((p) => parts[p]?.key ?? '').join('|')}`,
  };
}

function shapeByKeywords(ruleText: string): RuleShape | undefined {
  const blanked = stripComments(ruleText);
  const text = blanked.replace(/\s+/g, ' ').trim();
  const measureMatch =
    /^(at least|more than) (\d+(?:\.\d+)?)% of (.*)$/.exec(text) ??
    /^(at least|more than) (\d+(?:\.\d+)?) (?:a|per) year of (.*)$/.exec(text) ??
    /^(share|count) of (.*)$/.exec(text);
  if (!measureMatch) return undefined;
  let measure: MeasureShape;
  let rest: string;
  if (measureMatch[1] === 'share' || measureMatch[1] === 'count') {
    measure = { kind: measureMatch[1], comparator: null, threshold: null, text: `${measureMatch[1]} of`, offset: 0 };
    rest = measureMatch[2];
  } else {
    const comparator: Comparator = measureMatch[1] === 'at least' ? 'at_least' : 'more_than';
    const isShare = /%/.test(text.slice(0, text.indexOf(' of ')));
    const number = Number(measureMatch[2]);
    measure = {
      kind: isShare ? 'share' : 'count',
      comparator,
      threshold: isShare ? round(number / 100) : number,
      text: text.slice(0, text.length - measureMatch[3].length).trim(),
      offset: 0,
    };
    rest = measureMatch[3];
  }
  const cut = (keyword: string): number => {
    const at = rest.indexOf(` ${keyword} `);
    return at < 0 ? (rest.endsWith(` ${keyword}`) ? rest.length - keyword.length - 1 : -1) : at;
  };
  const marks = [
    { part: 'condition' as const, keyword: 'meet', at: cut('meet') },
    { part: 'dating' as const, keyword: 'dated by', at: cut('dated by') },
    { part: 'grouping' as const, keyword: 'for each', at: cut('for each') },
    { part: 'from' as const, keyword: 'from contract year', at: cut('from contract year') },
  ]
    .filter((m) => m.at >= 0)
    .sort((a, b) => a.at - b.at);
  const parts: Record<ComparedPart, PartShape | undefined> = {
    population: undefined,
    condition: undefined,
    dating: undefined,
    grouping: undefined,
    from: undefined,
  };
  const populationEnd = marks.length > 0 ? marks[0].at : rest.length;
  parts.population = part(rest.slice(0, populationEnd));
  marks.forEach((mark, i) => {
    const end = i + 1 < marks.length ? marks[i + 1].at : rest.length;
    parts[mark.part] = part(rest.slice(mark.at, end));
  });
  measure.offset = blanked.search(/\S/);
  const offsets: Record<ComparedPart, RegExp> = {
    population: /\bof\s+(?=\S)/,
    condition: /\bmeet\b/,
    dating: /\bdated\s+by\b/,
    grouping: /\bfor\s+each\b/,
    from: /\bfrom\s+contract\s+year\b/,
  };
  for (const name of COMPARED_PARTS) {
    const found = parts[name] ? offsets[name].exec(blanked) : null;
    if (found && parts[name]) parts[name].offset = found.index + (name === 'population' ? found[0].length : 0);
  }
  const fromMatch = parts.from ? /(\d+)/.exec(parts.from.text) : null;
  return {
    measure,
    parts,
    fromYear: fromMatch ? Number(fromMatch[1]) : undefined,
    key: `${measure.kind}|${measure.comparator}|${measure.threshold}|${COMPARED_PARTS.map((p) => parts[p]?.key ?? '').join('|')}`,
  };
}

function part(text: string): PartShape {
  const trimmed = text.trim();
  // the key ignores spacing around brackets and commas, which the language does not care about
  return { key: trimmed.replace(/\s*([(),[\]])\s*/g, '$1'), text: trimmed };
}

function stripComments(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inString = !inString;
    if (ch === '#' && !inString) {
      // blank the comment out, keeping every offset after it
      while (i < text.length && text[i] !== '\n') {
        out += ' ';
        i++;
      }
      if (i < text.length) out += '\n';
      continue;
    }
    out += ch;
  }
  return out;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** "95%" for shares, "35 a year" for counts. */
export function formatThreshold(measure: MeasureShape): string {
  if (measure.threshold === null) return 'no threshold';
  if (measure.kind === 'share') return `${round(measure.threshold * 100)}%`;
  return `${measure.threshold} a year`;
}

export function formatComparator(comparator: Comparator | null): string {
  return comparator === 'at_least' ? 'at least' : comparator === 'more_than' ? 'more than' : 'monitored';
}
