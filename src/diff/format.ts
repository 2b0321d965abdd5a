/**
 * The diff report as a pull-request comment (md), plain text or JSON. Pure functions of the report.
 */
import { DIRECTIONS, type Direction } from './catalogue.js';
import { statusWords } from './impact.js';
import { allChanges, summaryLine, type DiffReport, type ReportedChange, type SpecDiffReport } from './report.js';

export type DiffFormat = 'md' | 'text' | 'json';
export const DIFF_FORMATS: readonly DiffFormat[] = ['md', 'text', 'json'];

/** The first line of every md report: a workflow finds its own comment by it and updates it in place. */
export const MD_MARKER = '<!-- servicespec-diff -->';

const HEADINGS: Record<Direction, string> = {
  breaking: "Breaking for partners' data",
  tightened: 'Tightened for the partner',
  loosened: 'Loosened for the partner',
  neutral: 'To review',
  editorial: 'Editorial',
};

export function formatDiff(report: DiffReport, format: DiffFormat): string {
  if (format === 'json') return `${JSON.stringify(toJson(report), null, 2)}\n`;
  if (format === 'md') return formatMarkdown(report);
  return formatText(report);
}

function toJson(report: DiffReport): unknown {
  const changes = allChanges(report);
  return {
    summary: summaryLine(changes),
    counts: Object.fromEntries(DIRECTIONS.map((d) => [d, changes.filter((c) => c.direction === d).length])),
    specs: report.specs,
  };
}

function specTitle(spec: SpecDiffReport): string {
  if (spec.old && spec.new) return `${spec.old} → ${spec.new}`;
  if (spec.new) return `${spec.new} (new)`;
  return `${spec.old ?? ''} (removed)`;
}

function place(change: ReportedChange): string | undefined {
  if (!change.file) return undefined;
  return change.line === undefined ? change.file : `${change.file}:${change.line}`;
}

/** before → after, only when both are short values a reader can take in at a glance */
function beforeAfter(change: ReportedChange): string | undefined {
  const short = (v: unknown): string | undefined => {
    if (v === undefined) return '—';
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    if (typeof v === 'string' && v.length <= 60 && !v.includes('\n')) return v;
    return undefined;
  };
  // these messages already say before and after in the reader's units (95% → 97%, not 0.95 → 0.97)
  if (['wording-changed', 'threshold-raised', 'threshold-lowered'].includes(change.id)) return undefined;
  if (change.before === undefined && change.after === undefined) return undefined;
  const a = short(change.before);
  const b = short(change.after);
  return a !== undefined && b !== undefined ? `${a} → ${b}` : undefined;
}

// ---- markdown ----------------------------------------------------------------------------------

function formatMarkdown(report: DiffReport): string {
  const changes = allChanges(report);
  const lines: string[] = [MD_MARKER, '## Specification changes', '', `**${summaryLine(changes)}**`, ''];
  for (const spec of report.specs) {
    lines.push(`### ${mdEscape(specTitle(spec))}`, '');
    if (report.specs.length > 1) lines.push(`${summaryLine(spec.changes)}`, '');
    for (const direction of DIRECTIONS) {
      const group = spec.changes.filter((c) => c.direction === direction);
      if (group.length === 0) continue;
      lines.push(`#### ${HEADINGS[direction]} (${group.length})`, '');
      for (const change of group) lines.push(mdChange(change));
      lines.push('');
    }
    if (spec.impact) lines.push(...mdImpact(spec), '');
  }
  lines.push('<sub>`servicespec diff --explain <id>` says what each kind of change means.</sub>', '');
  return lines.join('\n');
}

function mdChange(change: ReportedChange): string {
  const message = change.words !== undefined ? mdWordDiff(change.message) : mdEscape(change.message);
  const extras: string[] = [];
  const values = beforeAfter(change);
  if (values) extras.push(`\`${values.replace(/`/g, "'")}\``);
  if (change.payment) extras.push('**affects payment**');
  const where = place(change);
  if (where) extras.push(`\`${where}\``);
  return `- \`${change.id}\` ${message}${extras.length ? ` — ${extras.join(' · ')}` : ''}`;
}

function mdImpact(spec: SpecDiffReport): string[] {
  const impact = spec.impact ?? [];
  const lines = ['#### Impact on results', ''];
  if (impact.length === 0) {
    lines.push('No target, period or area changes status on this data.');
  } else {
    lines.push('| Target | Group | Period | Old | New | Why |', '|---|---|---|---|---|---|');
    for (const s of impact) {
      const group = Object.values(s.group).join(', ') || '—';
      lines.push(`| ${s.target} | ${mdEscape(group)} | ${s.period} | ${statusWords(s.before)} | ${statusWords(s.after)} | ${s.reason} |`);
    }
  }
  for (const note of spec.impactNotes ?? []) lines.push('', `_${mdEscape(note)}_`);
  return lines;
}

/** Markdown that GitHub would read as formatting or HTML, made literal. */
function mdEscape(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (ch) => `\\${ch}`);
}

/** "[-old-] {+new+}" as ~~old~~ **new**. */
function mdWordDiff(message: string): string {
  const parts = message.split(/(\[-[\s\S]*?-\]|\{\+[\s\S]*?\+\})/);
  return parts
    .map((part) => {
      if (part.startsWith('[-') && part.endsWith('-]')) return wrapTrimmed(part.slice(2, -2), '~~');
      if (part.startsWith('{+') && part.endsWith('+}')) return wrapTrimmed(part.slice(2, -2), '**');
      return mdEscape(part);
    })
    .join('');
}

/** Markdown emphasis must hug its words: "~~ old ~~" would not strike through. */
function wrapTrimmed(text: string, mark: string): string {
  const leading = /^\s*/.exec(text)?.[0] ?? '';
  const trailing = /\s*$/.exec(text)?.[0] ?? '';
  const core = text.trim();
  return core ? `${leading}${mark}${mdEscape(core)}${mark}${trailing}` : text;
}

// ---- text --------------------------------------------------------------------------------------

function formatText(report: DiffReport): string {
  const changes = allChanges(report);
  const lines: string[] = [summaryLine(changes)];
  for (const spec of report.specs) {
    lines.push('', specTitle(spec));
    for (const direction of DIRECTIONS) {
      const group = spec.changes.filter((c) => c.direction === direction);
      if (group.length === 0) continue;
      lines.push('', `  ${HEADINGS[direction]} (${group.length}):`);
      for (const change of group) {
        const where = place(change);
        const values = beforeAfter(change);
        lines.push(`    ${where ? `${where}: ` : ''}${change.message} [${change.id}]${change.payment ? ' (affects payment)' : ''}`);
        if (values) lines.push(`      ${values}`);
      }
    }
    if (spec.impact) {
      lines.push('', '  Impact on results:');
      if (spec.impact.length === 0) lines.push('    No target, period or area changes status on this data.');
      for (const s of spec.impact) lines.push(`    ${s.message}`);
      for (const note of spec.impactNotes ?? []) lines.push(`    ${note}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
