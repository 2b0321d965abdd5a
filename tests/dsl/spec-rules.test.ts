import { describe, expect, it } from 'vitest';
import {
  checkSpecRules,
  formatRule,
  parseExpression,
  parseRule,
  resolveExpression,
  resolveRule,
  type AggregateResolution,
  type FieldResolution,
} from '../../src/dsl/index.js';
import type { Expr } from '../../src/dsl/ast.js';
import { peerSupportSpec } from './helpers.js';

describe('the peer-support spec', () => {
  const spec = peerSupportSpec();
  const results = checkSpecRules({ spec });

  it('has every target, derived field, data check and the eligibility rule checked', () => {
    const paths = results.map((r) => r.path.join('.'));
    expect(paths.filter((p) => p.startsWith('targets.'))).toHaveLength(spec.targets!.length);
    expect(paths).toContain('datasets.wellbeing.derived.swemwbs_metric.expr');
    expect(paths).toContain('datasets.contacts.checks.0.rule');
    expect(paths).toContain('eligibility.rule');
    const checks = Object.values(spec.datasets!).reduce((n, d) => n + (d.checks?.length ?? 0) + Object.keys(d.derived ?? {}).length, 0);
    expect(results).toHaveLength(spec.targets!.length + checks + 1);
  });

  it.each(results.map((r) => [r.path.join('.'), r] as const))('%s parses and type checks', (_, result) => {
    expect(result.diagnostics).toEqual([]);
  });

  it('reads each target as the issue table says', () => {
    const rule = (id: string) => parseRule(spec.targets!.find((t) => t.id === id)!.rule).rule!;
    expect(rule('contact-attempt-2wd').measure).toMatchObject({ kind: 'share', comparator: 'at_least', threshold: 0.95 });
    expect(rule('sign-ups').measure).toMatchObject({ kind: 'count', comparator: 'at_least', perYear: 35 });
    expect(rule('peer-leaders-trained').measure).toMatchObject({ kind: 'count', perYear: 8 });
    expect(rule('recommend-to-friends-family').groupBy!.path.map((p) => p.name)).toEqual(['referral', 'area']);
    expect(rule('two-swemwbs').datedBy.path[0].name).toBe('discharge_date');
    expect(rule('referrals-recorded').measure).toMatchObject({ threshold: 1 });
  });
});

/** Every node of an expression, depth first. */
function nodes(expr: Expr): Expr[] {
  switch (expr.kind) {
    case 'binary':
      return [expr, ...nodes(expr.left), ...nodes(expr.right)];
    case 'not':
      return [expr, ...nodes(expr.operand)];
    case 'presence':
      return [expr, ...nodes(expr.operand)];
    case 'in':
      return [expr, ...nodes(expr.value), ...expr.list.items];
    case 'call':
      return [expr, ...expr.args.flatMap(nodes)];
    case 'aggregate':
      return [expr, ...(expr.where ? nodes(expr.where) : [])];
    default:
      return [expr];
  }
}

function fieldNamed(exprs: Expr[], text: string): Expr {
  const found = exprs.find((e) => e.kind === 'field' && e.path.map((p) => p.name).join('.') === text);
  if (!found) throw new Error(`no ${text}`);
  return found;
}

describe('name resolution for the evaluator', () => {
  const ctx = { spec: peerSupportSpec() };

  it('resolves names inside an aggregate first in the linked dataset, then in the enclosing record', () => {
    const { rule } = parseRule(
      'at least 95% of referrals meet any(contacts where outcome = successful and working_days(referral_date, contact_date) <= 5) dated by referral_date for each area',
    );
    const resolved = resolveRule(rule!, ctx);
    expect(resolved.diagnostics).toEqual([]);
    const all = nodes(rule!.condition!);
    const aggregate = resolved.names.get(rule!.condition!) as AggregateResolution;
    expect(aggregate).toMatchObject({
      kind: 'aggregate',
      fn: 'any',
      dataset: 'contacts',
      depth: 1,
      parent: { depth: 0, dataset: 'referrals' },
      link: { name: 'referral', field: 'referral_id' },
    });
    expect(resolved.names.get(fieldNamed(all, 'contact_date'))).toMatchObject({ kind: 'field', depth: 1, dataset: 'contacts' });
    expect(resolved.names.get(fieldNamed(all, 'referral_date'))).toMatchObject({ kind: 'field', depth: 0, dataset: 'referrals' });
    expect(resolved.names.get(fieldNamed(all, 'successful'))).toEqual({
      kind: 'enum-value',
      value: 'successful',
      values: ['attempted', 'successful'],
      index: 1,
    });
    expect(resolved.types.get(rule!.condition!)).toEqual({ kind: 'boolean' });
    expect(resolved.datedBy).toMatchObject({ field: 'referral_date', type: { kind: 'date' } });
    expect(resolved.groupBy).toMatchObject({ field: 'area', type: { kind: 'enum', values: ['Dover', 'Folkestone'] } });
  });

  it('follows a link to the parent record for link.field', () => {
    const { rule } = parseRule(
      'at least 95% of exit_surveys where fft_response is present meet fft_positive(fft_response) dated by survey_date for each referral.area',
    );
    const resolved = resolveRule(rule!, ctx);
    expect(resolved.groupBy).toEqual<FieldResolution>({
      kind: 'field',
      depth: 0,
      scopeDataset: 'exit_surveys',
      via: { link: 'referral', field: 'referral_id', to: 'referrals' },
      dataset: 'referrals',
      field: 'area',
      type: { kind: 'enum', values: ['Dover', 'Folkestone'] },
    });
  });

  it('gives a derived field its expression and the type of that expression, with the expression resolved too', () => {
    const { rule } = parseRule(
      'at least 70% of referrals meet last(swemwbs_metric of wellbeing where swemwbs_complete) >= first(swemwbs_metric of wellbeing where swemwbs_complete) dated by discharge_date',
    );
    const resolved = resolveRule(rule!, ctx);
    expect(resolved.diagnostics).toEqual([]);
    const condition = rule!.condition!;
    if (condition.kind !== 'binary') throw new Error('expected a comparison');
    const last = resolved.names.get(condition.left) as AggregateResolution;
    expect(last).toMatchObject({ fn: 'last', dataset: 'wellbeing', orderBy: 'assessment_date', field: { name: 'swemwbs_metric', type: { kind: 'number' } } });
    const derived = last.field!.derived!;
    expect(derived.kind).toBe('call');
    expect(resolved.names.get(derived)).toMatchObject({ kind: 'function', fn: { name: 'swemwbs_metric' }, dataset: 'wellbeing', depth: 0 });
    const complete = fieldNamed(nodes((condition.left as Extract<Expr, { kind: 'aggregate' }>).where!), 'swemwbs_complete');
    const resolution = resolved.names.get(complete) as FieldResolution;
    expect(resolution).toMatchObject({ kind: 'field', depth: 1, dataset: 'wellbeing', type: { kind: 'boolean' } });
    expect(resolved.names.get(fieldNamed(nodes(resolution.derived!), 'SWEMWBS'))).toMatchObject({ kind: 'enum-value', index: 0 });
  });

  it('resolves a data check on its own dataset, through its link', () => {
    const { expr } = parseExpression('contact_date >= referral.referral_date');
    const resolved = resolveExpression(expr!, 'contacts', ctx);
    expect(resolved.type).toEqual({ kind: 'boolean' });
    expect(resolved.names.get(fieldNamed(nodes(expr!), 'referral.referral_date'))).toMatchObject({
      via: { link: 'referral', to: 'referrals' },
      field: 'referral_date',
    });
  });

  it('types an expression by what it computes', () => {
    const type = (text: string, dataset = 'referrals') => resolveExpression(parseExpression(text).expr!, dataset, ctx).type;
    expect(type('referral_date + 7')).toEqual({ kind: 'date' });
    expect(type('days(referral_date, sign_up_date) - 1')).toEqual({ kind: 'number' });
    expect(type('max(contact_date of contacts)')).toEqual({ kind: 'date' });
    expect(type('count(contacts)')).toEqual({ kind: 'number' });
    expect(type('size(mecc_topics)')).toEqual({ kind: 'number' });
    expect(type('first(outcome of contacts)')).toEqual({ kind: 'enum', values: ['attempted', 'successful'] });
    expect(type('swemwbs_complete', 'wellbeing')).toEqual({ kind: 'boolean' });
  });
});

describe('formatRule', () => {
  it('writes each peer-support target on one canonical line', () => {
    const spec = peerSupportSpec();
    const text = spec.targets!.find((t) => t.id === 'service-within-7wd')!.rule;
    expect(formatRule(parseRule(text).rule!)).toBe(
      'at least 80% of referrals where contactable and ready_to_engage meet working_days(referral_date, service_start_date) <= 7 dated by referral_date for each area',
    );
  });
});

describe('plumbing', () => {
  it('builds the chevrotain parser once and reuses it', async () => {
    const { ruleGrammar } = await import('../../src/dsl/grammar.js');
    expect(ruleGrammar()).toBe(ruleGrammar());
  });

  it('turns a rule problem into the library Diagnostic at the place the caller locates', async () => {
    const { toDiagnostic } = await import('../../src/dsl/index.js');
    const text = 'at least 95% of referals meet contactable dated by referral_date';
    const problem = checkSpecRules({ spec: { ...peerSupportSpec(), targets: [{ id: 't', rule: text }] } }).find((r) => r.path[0] === 'targets')!
      .diagnostics[0];
    const diagnostic = toDiagnostic(problem, (span) => ({ kind: 'spec', file: 'spec.yaml', offset: 100 + span.start, length: span.end - span.start }));
    expect(diagnostic).toMatchObject({
      code: 'type-unknown-dataset',
      severity: 'error',
      at: { kind: 'spec', file: 'spec.yaml', offset: 116, length: 8 },
    });
  });
});
