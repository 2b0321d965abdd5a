/**
 * Data-quality findings, kept bounded: a file with a million bad dates gives the first 200 of them
 * and one summary counting the rest, so memory does not grow with the number of problems.
 */
import { diagnostic, type DataLocation, type Diagnostic } from '../diagnostics.js';

export const FINDINGS_KEPT_PER_KIND = 200;

const VALUE_LIMIT = 40;

/** A value as it may appear in a finding: cut short, and only from fields that are not free text. */
export function safeValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value === null || value === undefined) text = '';
  else if (typeof value === 'object') {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  } else text = String(value);
  return text.length > VALUE_LIMIT ? `${text.slice(0, VALUE_LIMIT - 1)}…` : text;
}

export interface CollectorState {
  kept: Diagnostic[];
  kinds: Kind[];
}

interface Kind {
  code: string;
  severity: Diagnostic['severity'];
  dataset?: string;
  field?: string;
  file: string;
  sheet?: string;
  count: number;
}

export class FindingCollector {
  private readonly kept: Diagnostic[] = [];
  private readonly kinds = new Map<string, Kind>();

  constructor(private readonly limit = FINDINGS_KEPT_PER_KIND) {}

  /** Whether a finding of this kind would still be kept: callers skip building messages nobody will see. */
  wants(code: string, at: { dataset?: string; field?: string }): boolean {
    const kind = this.kinds.get(kindKey(code, at.dataset, at.field));
    return !kind || kind.count < this.limit;
  }

  add(finding: Diagnostic): void {
    const at = finding.at?.kind === 'data' ? finding.at : undefined;
    const key = kindKey(finding.code, at?.dataset, at?.field);
    let kind = this.kinds.get(key);
    if (!kind) {
      kind = { code: finding.code, severity: finding.severity, dataset: at?.dataset, field: at?.field, file: at?.file ?? '', sheet: at?.sheet, count: 0 };
      this.kinds.set(key, kind);
    }
    kind.count++;
    if (kind.count <= this.limit) this.kept.push(finding);
  }

  /** Counts one more finding of a kind without its details (past the limit). */
  count(code: string, severity: Diagnostic['severity'], at: DataLocation): void {
    const key = kindKey(code, at.dataset, at.field);
    const kind = this.kinds.get(key);
    if (kind) kind.count++;
    else this.kinds.set(key, { code, severity, dataset: at.dataset, field: at.field, file: at.file, sheet: at.sheet, count: 1 });
  }

  /** What the collector holds, as plain data that can cross to another thread. */
  state(): CollectorState {
    return { kept: this.kept, kinds: [...this.kinds.values()] };
  }

  /**
   * Takes in another collector's findings (one dataset read on another thread) as if they had been
   * added here in their order, so the limits and the order of the findings stay the same.
   */
  absorb(other: CollectorState): void {
    for (const finding of other.kept) this.add(finding);
    const keptPerKind = new Map<string, number>();
    for (const finding of other.kept) {
      const at = finding.at?.kind === 'data' ? finding.at : undefined;
      const key = kindKey(finding.code, at?.dataset, at?.field);
      keptPerKind.set(key, (keptPerKind.get(key) ?? 0) + 1);
    }
    for (const kind of other.kinds) {
      const key = kindKey(kind.code, kind.dataset, kind.field);
      const unkept = kind.count - (keptPerKind.get(key) ?? 0);
      if (unkept <= 0) continue;
      const mine = this.kinds.get(key);
      if (mine) mine.count += unkept;
      else this.kinds.set(key, { ...kind, count: unkept });
    }
  }

  /** Every kept finding, then one summary per kind that had more than were kept. */
  findings(): Diagnostic[] {
    const out = [...this.kept];
    for (const kind of this.kinds.values()) {
      if (kind.count <= this.limit) continue;
      const more = kind.count - this.limit;
      const where = [kind.dataset && `the ${kind.dataset} dataset`, kind.field && `field ${kind.field}`].filter(Boolean).join(', ');
      out.push(
        diagnostic(
          kind.code,
          `${more.toLocaleString('en-GB')} more rows${where ? ` of ${where}` : ''} have the same problem (${kind.code}); only the first ${this.limit} are listed. Fix those and check again to see the rest.`,
          { kind: 'data', file: kind.file, sheet: kind.sheet, dataset: kind.dataset, field: kind.field, record: -1 },
          { severity: kind.severity },
        ),
      );
    }
    return out;
  }

  get total(): number {
    let n = 0;
    for (const kind of this.kinds.values()) n += kind.count;
    return n;
  }
}

function kindKey(code: string, dataset: string | undefined, field: string | undefined): string {
  return `${code}\u0000${dataset ?? ''}\u0000${field ?? ''}`;
}
