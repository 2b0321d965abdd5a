/**
 * Whether a changed condition lets more records through or fewer, when that is plain from the
 * text: a bound moved ("<= 2" → "<= 3"), a value added to or dropped from a list, or a clause
 * added or dropped with "and". Anything else is `unclear` and a reviewer decides.
 */

export type ConditionEffect = 'narrower' | 'wider' | 'unclear';

export interface ConditionComparison {
  effect: ConditionEffect;
  /** plain words, one per difference: "minimum age 17 → 18", "Folkestone dropped from area" */
  details: string[];
}

type Comparison = '<' | '<=' | '>' | '>=';

/** Compares two conditions in canonical text (layout already normalised). */
export function compareConditions(before: string, after: string): ConditionComparison {
  const oldClauses = conjuncts(before);
  const newClauses = conjuncts(after);
  const effects: ConditionEffect[] = [];
  const details: string[] = [];
  const unmatchedNew = newClauses.filter((clause) => !oldClauses.includes(clause));
  const unmatchedOld = oldClauses.filter((clause) => !newClauses.includes(clause));
  const pairedNew = new Set<string>();
  for (const oldClause of unmatchedOld) {
    const subject = clauseSubject(oldClause);
    const partner = unmatchedNew.find((c) => !pairedNew.has(c) && subject !== undefined && clauseSubject(c) === subject);
    if (partner === undefined) {
      effects.push('wider');
      details.push(`"${oldClause}" dropped`);
      continue;
    }
    pairedNew.add(partner);
    const compared = compareClause(oldClause, partner);
    effects.push(compared.effect);
    details.push(compared.detail);
  }
  for (const clause of unmatchedNew) {
    if (pairedNew.has(clause)) continue;
    effects.push('narrower');
    details.push(`"${clause}" added`);
  }
  const distinct = new Set(effects);
  const effect: ConditionEffect = distinct.size === 1 ? effects[0] : 'unclear';
  return { effect, details };
}

/** Top-level clauses joined by "and"; a condition with a top-level "or" is one clause. */
function conjuncts(condition: string): string[] {
  const text = condition.replace(/\s+/g, ' ').trim();
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  let hasTopLevelOr = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (depth === 0 && text.startsWith(' and ', i)) {
      pieces.push(text.slice(start, i));
      start = i + 5;
    } else if (depth === 0 && text.startsWith(' or ', i)) hasTopLevelOr = true;
  }
  pieces.push(text.slice(start));
  return hasTopLevelOr ? [text] : pieces.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** What a clause constrains: the text left of its comparison or "in", so old and new can be paired. */
function clauseSubject(clause: string): string | undefined {
  const inMatch = /^(.+?) (?:not )?in \[/.exec(clause);
  if (inMatch) return `${inMatch[1]} in`;
  const cmp = /^(.+?) (<=|>=|<|>|=|!=) /.exec(clause);
  return cmp ? `${cmp[1]} ${cmp[2]}` : undefined;
}

function compareClause(before: string, after: string): { effect: ConditionEffect; detail: string } {
  const oldList = listClause(before);
  const newList = listClause(after);
  if (oldList && newList && oldList.negated === newList.negated) {
    const added = newList.items.filter((i) => !oldList.items.includes(i));
    const dropped = oldList.items.filter((i) => !newList.items.includes(i));
    const words: string[] = [];
    if (added.length > 0) words.push(`${added.join(', ')} added to ${oldList.subject}`);
    if (dropped.length > 0) words.push(`${dropped.join(', ')} dropped from ${oldList.subject}`);
    // "in [...]" lets more through with more items; "not in [...]" the reverse
    const grows = added.length > 0 && dropped.length === 0;
    const shrinks = dropped.length > 0 && added.length === 0;
    const effect: ConditionEffect = grows !== shrinks ? ((grows !== oldList.negated) ? 'wider' : 'narrower') : 'unclear';
    return { effect, detail: words.join('; ') || `"${before}" → "${after}"` };
  }
  const bounds = boundChanges(before, after);
  if (bounds && bounds.length > 0) {
    const effects = new Set(bounds.map(boundEffect));
    const effect = effects.size === 1 ? [...effects][0] : 'unclear';
    const detail = bounds.map((b) => describeBound(before, b)).join('; ');
    return { effect, detail };
  }
  return { effect: 'unclear', detail: `"${before}" → "${after}"` };
}

function listClause(clause: string): { subject: string; negated: boolean; items: string[] } | undefined {
  const match = /^(.+?) (not )?in \[(.*)\]$/.exec(clause);
  if (!match) return undefined;
  return { subject: match[1], negated: Boolean(match[2]), items: match[3].split(',').map((i) => i.trim()).filter(Boolean) };
}

interface BoundChange {
  operator: Comparison;
  before: number;
  after: number;
}

/** The numbers compared with <, <=, > or >= that differ, when nothing else differs (no "not"). */
function boundChanges(before: string, after: string): BoundChange[] | undefined {
  const tokenise = (s: string): string[] => s.match(/\d+(?:\.\d+)?|<=|>=|!=|[<>=()[\],]|[^\s<>=()[\],]+/g) ?? [];
  const a = tokenise(before);
  const b = tokenise(after);
  if (a.length !== b.length || a.includes('not')) return undefined;
  const changes: BoundChange[] = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    const isNumber = (t: string): boolean => /^\d+(?:\.\d+)?$/.test(t);
    const operator = a[i - 1];
    if (!isNumber(a[i]) || !isNumber(b[i])) return undefined;
    if (operator !== '<' && operator !== '<=' && operator !== '>' && operator !== '>=') return undefined;
    changes.push({ operator, before: Number(a[i]), after: Number(b[i]) });
  }
  return changes;
}

function boundEffect(bound: BoundChange): ConditionEffect {
  const raised = bound.after > bound.before;
  const upperBound = bound.operator === '<' || bound.operator === '<=';
  return raised === upperBound ? 'wider' : 'narrower';
}

function describeBound(clause: string, bound: BoundChange): string {
  const lower = bound.operator === '>' || bound.operator === '>=';
  if (/\bage\w*\s*>=?\s*\d/.test(clause) && lower) {
    const minimum = (n: number): number => (bound.operator === '>' ? n + 1 : n);
    return `minimum age ${minimum(bound.before)} → ${minimum(bound.after)}`;
  }
  if (/\bage\w*\s*<=?\s*\d/.test(clause) && !lower) {
    const maximum = (n: number): number => (bound.operator === '<' ? n - 1 : n);
    return `maximum age ${maximum(bound.before)} → ${maximum(bound.after)}`;
  }
  return `${bound.operator} ${bound.before} → ${bound.operator} ${bound.after}`;
}
