/**
 * The second thread of a large load: reads the datasets it is given (child datasets, whose link
 * fields are resolved afterwards on the main thread) while the main thread reads their parents,
 * and hands back each table's typed arrays without copying them.
 */
import { timing } from '../timings.js';
import { parentPort, workerData } from 'node:worker_threads';
import { UnusableInputError } from '../diagnostics.js';
import type { ServiceSpec } from '../spec/types.generated.js';
import { tableBuilderFor } from './coerce.js';
import { FindingCollector } from './findings.js';
import type { Mapping } from './mapping.js';
import { DataInput } from './readers/index.js';
import { shipTable, type RunRequest, type WorkerMessage } from './ship.js';

interface WorkerInput {
  path: string;
  spec: ServiceSpec;
  mapping?: Mapping;
  datasets: string[];
  /** set when the thread is kept for more work: modules to have loaded by then */
  warm?: string[];
}

const port = parentPort!;
// a thread started ahead of time (warmUpSecondThread) has its modules loaded and waits for its job
const input = workerData !== null && workerData !== undefined ? (workerData as WorkerInput) : await new Promise<WorkerInput>((resolve) => port.once('message', resolve));
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);

try {
  const source = await DataInput.open(input.path);
  for (const name of input.datasets) {
    const collector = new FindingCollector();
    const place = input.mapping?.datasets?.[name] ?? {};
    const reader = await source.dataset(name, { file: place.file, sheet: place.sheet }, (finding) => collector.add(finding));
    const builder = await tableBuilderFor(name, input.spec.datasets![name], reader, { mapping: input.mapping, collector });
    // the keys of its links so far go with each piece, so that the main thread can resolve them while this one reads on
    await builder.readAll((rows) => {
      post({ kind: 'progress', rows });
      const soFar = builder.storedLinksSoFar();
      if (soFar.links.length > 0) post({ kind: 'link-keys', dataset: name, ...soFar });
    });
    const { table, transfer } = shipTable(builder.finish(), builder.stores());
    timing(`read ${name}`);
    post({ kind: 'table', table, findings: collector.state() }, transfer);
  }
  post({ kind: 'done' });
  if (input.warm) {
    port.on('message', (request: RunRequest) => void run(request));
    for (const url of input.warm) await import(url).catch(() => {});
  }
} catch (error) {
  if (error instanceof UnusableInputError) post({ kind: 'unusable', diagnostics: error.diagnostics });
  else post({ kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}

/** A piece of work from the main thread: one exported function of a module, and its answer back. */
async function run(request: RunRequest): Promise<void> {
  try {
    const module = (await import(request.module)) as Record<string, (input: unknown) => unknown>;
    const work = module[request.name];
    if (typeof work !== 'function') throw new Error(`${request.module} has no function ${request.name}.`);
    const output = await work(request.input);
    post({ kind: 'result', id: request.id, output });
  } catch (error) {
    post({ kind: 'run-failed', id: request.id, message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}
