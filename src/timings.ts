/**
 * Where the time of a run goes, for people tuning it: with SERVICESPEC_TIMINGS=1 in the
 * environment, each phase prints one line to stderr with the milliseconds since the process
 * started (the same clock on both threads). Silent otherwise; it never touches stdout.
 */
import { isMainThread } from 'node:worker_threads';

const enabled = process.env.SERVICESPEC_TIMINGS === '1';

export function timing(phase: string): void {
  if (!enabled) return;
  const ms = (process.uptime() * 1000).toFixed(0).padStart(6);
  process.stderr.write(`timing ${ms} ms  ${isMainThread ? '' : '(second thread) '}${phase}\n`);
}
