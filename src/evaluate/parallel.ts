/**
 * Evaluation on two threads. Once the data checks have run, the targets are independent: each
 * counts over columns nobody writes any more. So they are split in two groups of about equal work;
 * the second thread (the one that read part of the data, kept by loadData) counts one group over
 * the same shared memory while this thread counts the other, and the tallies are put together
 * here. Every target is counted whole on one thread, so the report is the one evaluate() gives.
 */

import { WorkingCalendar, type CalendarParts } from '../data/calendar.js';
import type { SecondThread } from '../data/load.js';
import { openSharedDataSet, sharedDataSet, type SharedDataSet } from '../data/ship.js';
import type { DataSet } from '../data/table.js';
import type { ServiceSpec } from '../spec/types.generated.js';
import { CompileEnv } from './compile.js';
import {
  compileTargets,
  finishEvaluation,
  prepareEvaluation,
  tallyRows,
  targetsByDataset,
  type EvaluateOptions,
  type TallyCounts,
  type TargetPlan,
} from './evaluate.js';
import { periodsOf } from './periods.js';
import type { CheckReport } from './result.js';

/** What the second thread is given: the spec, the shared data, and which targets to count. */
interface ThreadInput {
  spec: ServiceSpec;
  data: SharedDataSet;
  calendar: CalendarParts;
  parameters?: Record<string, unknown>;
  /** indexes into spec.targets */
  targets: number[];
  /** for each of those targets, its bit in the outside-the-contract marks of its dataset */
  bits: number[];
}

interface ThreadOutput {
  tallies: { target: number; counts: TallyCounts }[];
  outside: { dataset: string; marks: Uint32Array }[];
}

/** The module the second thread runs its part from; loadData can have it loaded ahead (LoadOptions.keepThread). */
export const SECOND_THREAD_MODULE = new URL('./parallel.js', import.meta.url).href;

/** evaluate(), with part of the counting on `thread` when there is one and the data can be shared. */
export async function evaluateOnTwoThreads(
  spec: ServiceSpec,
  data: DataSet,
  options: EvaluateOptions,
  thread: SecondThread | undefined,
): Promise<CheckReport> {
  const run = prepareEvaluation(spec, data, options);
  const shared = thread && options.calendar instanceof WorkingCalendar ? sharedDataSet(data) : undefined;
  const there = shared ? targetsForSecondThread(spec, data, run.targets) : new Set<number>();

  const bitOf = new Map<number, number>();
  for (const plans of run.byDataset.values()) plans.forEach((t, i) => bitOf.set(t.index, i));
  const away =
    there.size > 0
      ? thread!.run<ThreadOutput>(SECOND_THREAD_MODULE, 'tallyOnThread', {
          spec,
          data: shared!,
          calendar: (options.calendar as WorkingCalendar).parts(),
          parameters: options.parameters,
          targets: [...there],
          bits: [...there].map((i) => bitOf.get(i)!),
        } satisfies ThreadInput)
      : undefined;
  // the promise's failure is taken up below; until then it must not count as unhandled
  away?.catch(() => {});

  const counts = new Map<number, TallyCounts>();
  const outside = new Map<string, Uint32Array>();
  for (const [dataset, plans] of run.byDataset) {
    const here = plans.filter((t) => !there.has(t.index));
    if (here.length === 0) continue;
    const tallied = tallyRows(data.tables.get(dataset)!, spec, run.plan, here, here.map((t) => bitOf.get(t.index)!));
    here.forEach((t, i) => counts.set(t.index, tallied.tallies[i]));
    outside.set(dataset, tallied.outside);
  }
  if (away) {
    const output = await away;
    for (const { target, counts: tally } of output.tallies) counts.set(target, tally);
    for (const { dataset, marks } of output.outside) {
      const mine = outside.get(dataset);
      if (!mine) outside.set(dataset, marks);
      else for (let row = 0; row < marks.length; row++) mine[row] |= marks[row];
    }
  }

  const tallied = new Map<string, { tallies: TallyCounts[]; outside: Uint32Array }>();
  for (const [dataset, plans] of run.byDataset) {
    tallied.set(dataset, { tallies: plans.map((t) => counts.get(t.index)!), outside: outside.get(dataset) ?? new Uint32Array(0) });
  }
  return finishEvaluation(run, tallied);
}

/** On the second thread: counts the targets it is given over the shared data. */
export function tallyOnThread(input: ThreadInput): ThreadOutput {
  const { spec } = input;
  const data = openSharedDataSet(input.data, (dataset) => spec.datasets?.[dataset]?.key);
  const env = new CompileEnv({ spec, data, calendar: WorkingCalendar.fromParts(input.calendar), parameters: input.parameters });
  const plan = periodsOf(spec.contract!);
  const wanted = new Map(input.targets.map((target, i) => [target, input.bits[i]]));
  const targets = compileTargets(env, spec, plan, new Set(wanted.keys()));
  const output: ThreadOutput = { tallies: [], outside: [] };
  for (const [dataset, plans] of targetsByDataset(targets)) {
    const tallied = tallyRows(data.tables.get(dataset)!, spec, plan, plans, plans.map((t) => wanted.get(t.index)!));
    plans.forEach((t, i) => output.tallies.push({ target: t.index, counts: tallied.tallies[i] }));
    output.outside.push({ dataset, marks: tallied.outside });
  }
  return output;
}

/**
 * The targets for the second thread: about half the work. A target's work is the rows of its
 * population and of every dataset it reads through a link; targets that read the same derived
 * field stay together, because each thread works a derived field out for itself.
 */
export function targetsForSecondThread(spec: ServiceSpec, data: DataSet, targets: TargetPlan[]): Set<number> {
  const rows = (dataset: string) => data.tables.get(dataset)?.length ?? 0;
  const derivedReads = (t: TargetPlan) =>
    [...t.reads].filter((r) => {
      const [dataset, field] = r.split('.');
      return spec.datasets?.[dataset]?.derived?.[field] !== undefined;
    });
  // targets joined by a derived field they share become one piece of work
  const groups: { targets: TargetPlan[]; derived: Set<string> }[] = [];
  for (const t of targets) {
    const derived = derivedReads(t);
    const joined = groups.filter((g) => derived.some((d) => g.derived.has(d)));
    const group = { targets: [t, ...joined.flatMap((g) => g.targets)], derived: new Set([...derived, ...joined.flatMap((g) => [...g.derived])]) };
    for (const g of joined) groups.splice(groups.indexOf(g), 1);
    groups.push(group);
  }
  const costOf = (group: (typeof groups)[number]): number => {
    let cost = 0;
    for (const t of group.targets) {
      const datasets = new Set([t.dataset, ...[...t.reads].map((r) => r.split('.')[0])]);
      for (const d of datasets) cost += rows(d);
    }
    // a derived field is worked out once per row of its dataset, from several fields
    for (const d of group.derived) cost += 4 * rows(d.split('.')[0]);
    return cost;
  };
  const pieces = groups.map((g) => ({ targets: g.targets, cost: costOf(g) })).sort((a, b) => b.cost - a.cost);
  let here = 0;
  let away = 0;
  const there = new Set<number>();
  for (const piece of pieces) {
    if (away < here) {
      away += piece.cost;
      for (const t of piece.targets) there.add(t.index);
    } else here += piece.cost;
  }
  return there;
}
