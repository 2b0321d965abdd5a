import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Span } from '../../src/dsl/ast.js';
import type { ServiceSpec } from '../../src/spec/types.generated.js';

const specPath = fileURLToPath(new URL('../../specs/peer-support-dover-folkestone.yaml', import.meta.url));

/** The peer-support spec, read with the yaml package directly (the spec loader is not needed here). */
export function peerSupportSpec(): ServiceSpec {
  return parse(readFileSync(specPath, 'utf8')) as ServiceSpec;
}

/** The span of the `occurrence`-th (0-based) appearance of `snippet` in `text`. */
export function spanOf(text: string, snippet: string, occurrence = 0): Span {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = text.indexOf(snippet, start + 1);
    if (start < 0) throw new Error(`'${snippet}' does not occur ${occurrence + 1} times in: ${text}`);
  }
  return { start, end: start + snippet.length };
}

/** A zero-width span at the end of the text's last non-space character. */
export function endOf(text: string): Span {
  const end = text.trimEnd().length;
  return { start: end, end };
}
