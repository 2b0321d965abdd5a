/**
 * Evaluation on two threads. Once the data checks have run, the targets are independent: each
 * counts over columns nobody writes any more. So both threads (this one, and the one that read
 * part of the data, kept by loadData) take targets from one list over the same shared memory,
 * and the tallies are put together here. Every target is counted whole on one thread, so the
 * report is the one evaluate() gives.
 */

import { timing } from '../timings.js';
import { WorkingCalendar, type CalendarParts } from '../data/calendar.js';
import type { SecondThread } from '../data/load.js';
import { openSharedDataSet, sharedDataSet, type SharedDataSet } from '../data/ship.js';
import { sharedArray } from '../data/shared-memory.js';
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
import { periodsOf, type PeriodPlan } from './periods.js';
import type { CheckReport } from './result.js';

/** What the second thread is given: the spec, the shared data, and the work both threads take from. */
interface ThreadInput {
  spec: ServiceSpec;
  data: SharedDataSet;
  calendar: CalendarParts;
  parameters?: Record<string, unknown>;
  work: SharedWork;
}

/**
 * The targets in pieces, biggest first, and a counter in shared memory: each thread takes the
 * next piece until none is left, so neither waits while the other has a long list. The second
 * thread starts with the biggest piece, which is kept for it.
 */
interface SharedWork {
  /** each piece: indexes into spec.targets */
  pieces: number[][];
  next: Int32Array;
  /** for each target, its bit in the outside-the-contract marks of its dataset */
  bits: Record<number, number>;
  /** population dataset → those marks, shared by both threads */
  outside: Record<string, Uint32Array>;
}

interface ThreadOutput {
  tallies: { target: number; counts: TallyCounts }[];
}

/** The module the second thread runs its part from; loadData can have it loaded ahead (LoadOptions.keepThread). */
export const SECOND_THREAD_MODULE = new URL('./parallel.js', import.meta.url).href;

/**
 * evaluate(), with the counting shared with `thread` when there is one and the data can be shared.
 * `onSecondThread` hears which targets the second thread counted.
 */
export async function evaluateOnTwoThreads(
  spec: ServiceSpec,
  data: DataSet,
  options: EvaluateOptions,
  thread: SecondThread | undefined,
  onSecondThread?: (targetIds: string[]) => void,
): Promise<CheckReport> {
  const run = prepareEvaluation(spec, data, options);
  timing('targets compiled, data checks and eligibility done');
  const shared = thread && options.calendar instanceof WorkingCalendar ? sharedDataSet(data) : undefined;

  const bits: Record<number, number> = {};
  const outside: Record<string, Uint32Array> = {};
  for (const [dataset, plans] of run.byDataset) {
    plans.forEach((t, i) => (bits[t.index] = i));
    outside[dataset] = sharedArray(Uint32Array, data.tables.get(dataset)!.length);
  }
  const work: SharedWork = { pieces: piecesOfWork(spec, data, run.targets), next: sharedArray(Int32Array, 1), bits, outside };
  const useThread = shared !== undefined && work.pieces.length > 1;
  if (useThread) work.next[0] = 1;
  const away =
    useThread
      ? thread!.run<ThreadOutput>(SECOND_THREAD_MODULE, 'tallyOnThread', {
          spec,
          data: shared!,
          calendar: (options.calendar as WorkingCalendar).parts(),
          parameters: options.parameters,
          work,
        } satisfies ThreadInput)
      : undefined;
  // the promise's failure is taken up below; until then it must not count as unhandled
  away?.catch(() => {});

  const counts = new Map<number, TallyCounts>();
  for (const { target, counts: tally } of takePieces(run.targets, data, spec, run.plan, work, Atomics.add(work.next, 0, 1))) counts.set(target, tally);
  timing('this thread has no more targets to count');
  if (away) {
    const output = await away;
    for (const { target, counts: tally } of output.tallies) counts.set(target, tally);
    onSecondThread?.(output.tallies.map((t) => spec.targets![t.target].id));
  }

  const tallied = new Map<string, { tallies: TallyCounts[]; outside: Uint32Array }>();
  for (const [dataset, plans] of run.byDataset) tallied.set(dataset, { tallies: plans.map((t) => counts.get(t.index)!), outside: outside[dataset] });
  timing('tallies of both threads together');
  return finishEvaluation(run, tallied);
}

/** On the second thread: takes pieces of the work over the shared data until none is left. */
export function tallyOnThread(input: ThreadInput): ThreadOutput {
  const { spec } = input;
  const data = openSharedDataSet(input.data, (dataset) => spec.datasets?.[dataset]?.key);
  const env = new CompileEnv({ spec, data, calendar: WorkingCalendar.fromParts(input.calendar), parameters: input.parameters });
  const plan = periodsOf(spec.contract!);
  // compiled when first taken: a target never taken here costs nothing here
  const compiled = new Map<number, TargetPlan>();
  const targetAt = (index: number): TargetPlan => {
    let target = compiled.get(index);
    if (!target) compiled.set(index, (target = compileTargets(env, spec, plan, new Set([index]))[0]));
    return target;
  };
  const tallies = takePieces(targetAt, data, spec, plan, input.work, 0);
  timing('no more targets to count');
  return { tallies };
}

/** Counts piece `first` of `work`, then the next pieces not yet taken, on this thread. */
function takePieces(
  targets: TargetPlan[] | ((index: number) => TargetPlan),
  data: DataSet,
  spec: ServiceSpec,
  plan: PeriodPlan,
  work: SharedWork,
  first: number,
): { target: number; counts: TallyCounts }[] {
  const targetAt = typeof targets === 'function' ? targets : (index: number) => targets.find((t) => t.index === index)!;
  const done: { target: number; counts: TallyCounts }[] = [];
  for (let piece = first; piece < work.pieces.length; piece = Atomics.add(work.next, 0, 1)) {
    for (const [dataset, plans] of targetsByDataset(work.pieces[piece].map(targetAt))) {
      const bitOf = plans.map((t) => work.bits[t.index]);
      const tallied = tallyRows(data.tables.get(dataset)!, spec, plan, plans, bitOf, work.outside[dataset]);
      plans.forEach((t, i) => done.push({ target: t.index, counts: tallied.tallies[i] }));
    }
  }
  return done;
}

/**
 * The targets in pieces of work, biggest first. A target's work is the rows of its population and
 * of every dataset it reads through a link; targets that read the same derived field are one
 * piece, because each thread works a derived field out for itself.
 */
export function piecesOfWork(spec: ServiceSpec, data: DataSet, targets: TargetPlan[]): number[][] {
  const rows = (dataset: string) => data.tables.get(dataset)?.length ?? 0;
  const derivedReads = (t: TargetPlan) =>
    [...t.reads].filter((r) => {
      const [dataset, field] = r.split('.');
      return spec.datasets?.[dataset]?.derived?.[field] !== undefined;
    });
  const groups: { targets: TargetPlan[]; derived: Set<string> }[] = [];
  for (const t of targets) {
    const derived = derivedReads(t);
    const joined = groups.filter((g) => derived.some((d) => g.derived.has(d)));
    for (const g of joined) groups.splice(groups.indexOf(g), 1);
    groups.push({ targets: [...joined.flatMap((g) => g.targets), t], derived: new Set([...joined.flatMap((g) => [...g.derived]), ...derived]) });
  }
  const costOf = (group: (typeof groups)[number]): number => {
    let cost = 0;
    for (const t of group.targets) for (const d of new Set([t.dataset, ...[...t.reads].map((r) => r.split('.')[0])])) cost += rows(d);
    // a derived field is worked out once per row of its dataset, from several fields
    for (const d of group.derived) cost += 4 * rows(d.split('.')[0]);
    return cost;
  };
  return groups
    .map((g) => ({ targets: g.targets.map((t) => t.index).sort((x, y) => x - y), cost: costOf(g) }))
    .sort((a, b) => b.cost - a.cost)
    .map((g) => g.targets);
}
