/**
 * The semantic diff of two versions of a spec. Values are compared after parsing and after
 * `extends`, list items with ids by id and never by position, prose by its words, rules part by
 * part: so reordering, reformatting and moving things about give no change at all.
 */
import type { SpecLocation } from '../diagnostics.js';
import type {
  ChecklistItem,
  Dataset,
  Field,
  Paragraph,
  Payment,
  ServiceSpec,
  Target,
} from '../spec/types.generated.js';
import { catalogueEntry, type Direction } from './catalogue.js';
import { compareConditions, type ConditionEffect } from './condition.js';
import {
  COMPARED_PARTS,
  formatComparator,
  formatThreshold,
  ruleShape,
  type ComparedPart,
  type RuleShape,
} from './rule-shape.js';
import { isPlainObject, type ComparableSpec, type SpecPath } from './version.js';
import { alignParagraphs, normaliseProse, paragraphText, wordDiff } from './wording.js';

export type { Direction } from './catalogue.js';

export interface Change {
  /** catalogue id, e.g. 'threshold-raised' (see catalogue.ts and docs/diff-catalogue.md) */
  id: string;
  direction: Direction;
  /** what changed, e.g. 'target contact-attempt-2wd', 'field referrals.client_id' */
  subject: string;
  /** one plain-English sentence for a reviewer */
  message: string;
  before?: unknown;
  after?: unknown;
  /** the line in the new file, or in the old file for removals */
  at?: SpecLocation;
  /** which version `at` is in (both sides may have the same file name) */
  side?: 'old' | 'new';
  /** true when the payment terms use the target this change touches */
  payment?: boolean;
  /** rule-changed: which part of the rule */
  part?: ComparedPart;
  /** wording-changed: "[-old-] {+new+}" */
  words?: string;
}

export function diffSpecs(oldSpec: ComparableSpec, newSpec: ComparableSpec): Change[] {
  return new Comparison(oldSpec, newSpec).run();
}

interface ChangeInput {
  direction?: Direction;
  subject: string;
  message: string;
  before?: unknown;
  after?: unknown;
  payment?: boolean;
  part?: ComparedPart;
  words?: string;
  /** where the change is in the new file; `oldAt` is used when the thing is gone */
  newAt?: SpecPath;
  oldAt?: SpecPath;
  /** a place inside the string at `newAt` (e.g. the measure inside a rule), as an offset into it */
  newOffset?: number;
}

type Located<T> = { item: T; index: number };

class Comparison {
  private readonly changes: Change[] = [];
  private readonly oldValue: ServiceSpec;
  private readonly newValue: ServiceSpec;
  /** old target id → new id, so payment terms naming a renamed target are not a change */
  private readonly targetRenames = new Map<string, string>();

  constructor(
    private readonly oldSpec: ComparableSpec,
    private readonly newSpec: ComparableSpec,
  ) {
    this.oldValue = oldSpec.spec;
    this.newValue = newSpec.spec;
  }

  run(): Change[] {
    this.compareIdentity();
    this.compareContract();
    this.compareAreasAndFunding();
    this.compareCalendar();
    this.compareParameters();
    this.compareSections();
    this.compareEligibility();
    this.compareReferralRoutes();
    this.compareDatasets();
    this.compareTargets();
    this.comparePayment();
    this.compareChecklist();
    this.compareOutcomes();
    this.compareRest();
    return this.changes;
  }

  private add(id: string, input: ChangeInput): void {
    const entry = catalogueEntry(id);
    if (!entry) throw new Error(`diff produced an unknown change id ${id}`);
    const direction = input.direction ?? (entry.direction === 'varies' ? 'neutral' : entry.direction);
    const inString =
      input.newAt && input.newOffset !== undefined ? this.newSpec.locateInString?.(input.newAt, input.newOffset, 1) : undefined;
    const atNew = inString ?? (input.newAt ? this.newSpec.locate(input.newAt) : undefined);
    const atOld = atNew ? undefined : input.oldAt ? this.oldSpec.locate(input.oldAt) : undefined;
    const change: Change = { id, direction, subject: input.subject, message: input.message };
    if (input.before !== undefined) change.before = input.before;
    if (input.after !== undefined) change.after = input.after;
    if (atNew) {
      change.at = atNew;
      change.side = 'new';
    } else if (atOld) {
      change.at = atOld;
      change.side = 'old';
    }
    if (input.payment) change.payment = true;
    if (input.part) change.part = input.part;
    if (input.words !== undefined) change.words = input.words;
    this.changes.push(change);
  }

  // ---- identity ------------------------------------------------------------------------------

  private compareIdentity(): void {
    const o = this.oldValue;
    const n = this.newValue;
    if (o.version !== n.version) {
      this.add('version-changed', {
        subject: 'version',
        message: `Version changed from ${o.version} to ${n.version}.`,
        before: o.version,
        after: n.version,
        newAt: ['version'],
      });
    }
    this.compareProse('title', o.title, n.title, ['title']);
    for (const key of ['id', 'commissioner', 'funder', 'lot', 'staffing'] as const) {
      if (!sameValue(o[key], n[key])) this.detail(key, o[key], n[key], [key]);
    }
    this.compareProseList('document heading', o.document?.heading, n.document?.heading, ['document', 'heading']);
    this.compareProseList('document copyright', o.document?.copyright, n.document?.copyright, ['document', 'copyright']);
    if (!sameValue(o.document?.status, n.document?.status)) {
      this.detail('document status', o.document?.status, n.document?.status, ['document', 'status']);
    }
  }

  private detail(subject: string, before: unknown, after: unknown, at: SpecPath, direction?: Direction): void {
    this.add('detail-changed', {
      direction,
      subject,
      message: `${capitalise(subject)} changed from ${show(before)} to ${show(after)}.`,
      before,
      after,
      newAt: after === undefined ? undefined : at,
      oldAt: at,
    });
  }

  // ---- contract, areas, funding, calendar ---------------------------------------------------

  private compareContract(): void {
    const o = this.oldValue.contract;
    const n = this.newValue.contract;
    const labels = { start: 'Contract start', end: 'Contract end', financial_year_start: 'Financial year start' } as const;
    for (const key of ['start', 'end', 'financial_year_start'] as const) {
      const before = o?.[key];
      const after = n?.[key];
      if (sameValue(before, after)) continue;
      this.add('contract-period-changed', {
        subject: `contract ${key.replace(/_/g, ' ')}`,
        message: `${labels[key]} changed from ${show(before)} to ${show(after)}: the periods judged and the pro-rating of annual counts change with it.`,
        before,
        after,
        newAt: ['contract', key],
        oldAt: ['contract', key],
      });
    }
    this.compareProse('contract note', o?.note, n?.note, ['contract', 'note']);
  }

  private compareAreasAndFunding(): void {
    const oldAreas: readonly string[] = this.oldValue.areas ?? [];
    const newAreas: readonly string[] = this.newValue.areas ?? [];
    for (const area of newAreas) {
      if (oldAreas.includes(area)) continue;
      this.add('area-added', {
        subject: `area ${area}`,
        message: `Area ${area} added: targets judged for each area now have results for ${area}.`,
        after: area,
        newAt: ['areas', newAreas.indexOf(area)],
      });
    }
    for (const area of oldAreas) {
      if (newAreas.includes(area)) continue;
      this.add('area-removed', {
        subject: `area ${area}`,
        message: `Area ${area} removed: targets are no longer judged for ${area}.`,
        before: area,
        oldAt: ['areas', oldAreas.indexOf(area)],
      });
    }
    const oldFunding = this.oldValue.funding?.per_area_per_year ?? {};
    const newFunding = this.newValue.funding?.per_area_per_year ?? {};
    for (const area of unionKeys(oldFunding, newFunding)) {
      const before = oldFunding[area] ?? 0;
      const after = newFunding[area] ?? 0;
      if (before === after) continue;
      const raised = after > before;
      this.add(raised ? 'funding-raised' : 'funding-lowered', {
        subject: `funding ${area}`,
        message: `Annual funding for ${area} ${raised ? 'raised' : 'lowered'} from ${pounds(before)} to ${pounds(after)}.`,
        before,
        after,
        newAt: area in newFunding ? ['funding', 'per_area_per_year', area] : ['funding'],
        oldAt: ['funding', 'per_area_per_year', area],
      });
    }
    this.compareProseList('funding text', this.oldValue.funding?.text, this.newValue.funding?.text, ['funding', 'text']);
  }

  private compareCalendar(): void {
    const o = this.oldValue.calendar;
    const n = this.newValue.calendar;
    const oldRegion = o?.bank_holidays ?? 'GB-ENG';
    const newRegion = n?.bank_holidays ?? 'GB-ENG';
    if (oldRegion !== newRegion) {
      this.add('calendar-changed', {
        subject: 'bank holidays',
        message: `Bank holidays now follow ${newRegion} instead of ${oldRegion}: working-day targets count different days.`,
        before: oldRegion,
        after: newRegion,
        newAt: ['calendar', 'bank_holidays'],
      });
    }
    const oldClosures = o?.closures ?? [];
    const newClosures = n?.closures ?? [];
    newClosures.forEach((closure, index) => {
      if (oldClosures.some((c) => c.date === closure.date)) return;
      this.add('calendar-changed', {
        direction: 'loosened',
        subject: `closure ${closure.date}`,
        message: `Closure day ${closure.date} added: it no longer counts as a working day, so working-day targets allow more time.`,
        after: closure.date,
        newAt: ['calendar', 'closures', index],
      });
    });
    oldClosures.forEach((closure, index) => {
      if (newClosures.some((c) => c.date === closure.date)) return;
      this.add('calendar-changed', {
        direction: 'tightened',
        subject: `closure ${closure.date}`,
        message: `Closure day ${closure.date} removed: it counts as a working day again, so working-day targets allow less time.`,
        before: closure.date,
        oldAt: ['calendar', 'closures', index],
      });
    });
  }

  private compareParameters(): void {
    const o = this.oldValue.parameters ?? {};
    const n = this.newValue.parameters ?? {};
    for (const name of unionKeys(o, n)) {
      if (sameValue(o[name], n[name])) continue;
      const what = !(name in o) ? 'added' : !(name in n) ? 'removed' : 'changed';
      this.add('parameter-changed', {
        subject: `parameter ${name}`,
        message: `Parameter $${name} ${what}${what === 'removed' ? '' : ': partners may need to set it in their project file'}.`,
        before: o[name],
        after: n[name],
        newAt: name in n ? ['parameters', name] : undefined,
        oldAt: ['parameters', name],
      });
    }
  }

  // ---- the document --------------------------------------------------------------------------

  private compareSections(): void {
    const oldSections = this.oldValue.sections ?? [];
    const newSections = this.newValue.sections ?? [];
    const { pairs, removed, added } = matchById(oldSections, newSections);
    for (const { item, index } of added) {
      this.add('section-added', {
        subject: `section ${item.id}`,
        message: `Section "${item.title}" added.`,
        after: item.title,
        newAt: ['sections', index],
      });
    }
    for (const { item, index } of removed) {
      this.add('section-removed', {
        subject: `section ${item.id}`,
        message: `Section "${item.title}" removed.`,
        before: item.title,
        oldAt: ['sections', index],
      });
    }
    // sections keep their place in the document: those off the longest common order have moved
    const common = pairs
      .slice()
      .sort((a, b) => a.old.index - b.old.index)
      .map((p) => p.old.item.id);
    const newOrder = pairs
      .slice()
      .sort((a, b) => a.new.index - b.new.index)
      .map((p) => p.old.item.id);
    const stayed = new Set(longestCommonSubsequence(common, newOrder));
    for (const pair of pairs) {
      const id = pair.new.item.id;
      const base: SpecPath = ['sections', pair.new.index];
      if (!stayed.has(id)) {
        this.add('section-moved', {
          subject: `section ${id}`,
          message: `Section "${pair.new.item.title}" moved to another place in the document.`,
          newAt: base,
        });
      }
      this.compareProse(`title of section ${id}`, pair.old.item.title, pair.new.item.title, [...base, 'title']);
      this.compareParagraphs(
        `section ${id}`,
        pair.old.item.paragraphs ?? [],
        pair.new.item.paragraphs ?? [],
        ['sections', pair.old.index, 'paragraphs'],
        [...base, 'paragraphs'],
      );
      for (const key of ['level', 'shows'] as const) {
        if (!sameValue(pair.old.item[key], pair.new.item[key])) {
          this.detail(`${key} of section ${id}`, pair.old.item[key], pair.new.item[key], [...base, key], 'editorial');
        }
      }
    }
  }

  private compareParagraphs(
    subject: string,
    before: readonly Paragraph[],
    after: readonly Paragraph[],
    oldPath: SpecPath,
    newPath: SpecPath,
  ): void {
    const oldTexts = before.map(paragraphText);
    const newTexts = after.map(paragraphText);
    for (const edit of alignParagraphs(oldTexts, newTexts)) {
      if (edit.kind === 'reworded') {
        this.add('wording-changed', {
          subject,
          message: `A paragraph of ${subject} was reworded: ${wordDiff(edit.before, edit.after)}`,
          before: edit.before,
          after: edit.after,
          words: wordDiff(edit.before, edit.after),
          newAt: [...newPath, edit.newIndex],
        });
      } else if (edit.kind === 'added') {
        this.add('paragraph-added', {
          subject,
          message: `A paragraph was added to ${subject}: "${truncate(edit.after)}"`,
          after: edit.after,
          newAt: [...newPath, edit.newIndex],
        });
      } else {
        this.add('paragraph-removed', {
          subject,
          message: `A paragraph was removed from ${subject}: "${truncate(edit.before)}"`,
          before: edit.before,
          oldAt: [...oldPath, edit.oldIndex],
        });
      }
    }
  }

  private compareProseList(subject: string, before: readonly string[] | undefined, after: readonly string[] | undefined, at: SpecPath, oldAt: SpecPath = at): void {
    this.compareParagraphs(subject, before ?? [], after ?? [], oldAt, at);
  }

  private compareProse(subject: string, before: string | undefined, after: string | undefined, at: SpecPath, oldAt: SpecPath = at): void {
    if (normaliseProse(before ?? '') === normaliseProse(after ?? '')) return;
    if (before === undefined || after === undefined) {
      this.add(after === undefined ? 'paragraph-removed' : 'paragraph-added', {
        subject,
        message: after === undefined ? `The ${subject} was removed.` : `A ${subject} was added: "${truncate(after)}"`,
        before,
        after,
        newAt: after === undefined ? undefined : at,
        oldAt,
      });
      return;
    }
    const words = wordDiff(before, after);
    this.add('wording-changed', {
      subject,
      message: `The ${subject} was reworded: ${words}`,
      before: normaliseProse(before),
      after: normaliseProse(after),
      words,
      newAt: at,
    });
  }

  // ---- eligibility and referral routes ----------------------------------------------------

  private compareEligibility(): void {
    const o = this.oldValue.eligibility;
    const n = this.newValue.eligibility;
    this.compareProseList('eligibility text', o?.text, n?.text, ['eligibility', 'text']);
    if (!sameValue(o?.dataset, n?.dataset)) this.detail('eligibility dataset', o?.dataset, n?.dataset, ['eligibility', 'dataset']);
    const before = o?.rule === undefined ? undefined : normaliseRule(o.rule);
    const after = n?.rule === undefined ? undefined : normaliseRule(n.rule);
    if (before === after) return;
    let direction: Direction = 'neutral';
    let what: string;
    if (before === undefined || after === undefined) {
      // no rule means everyone referred is eligible
      direction = before === undefined ? 'loosened' : 'tightened';
      what = before === undefined ? `a rule was added: "${after}"` : `the rule "${before}" was removed`;
    } else {
      const compared = compareConditions(before, after);
      // fewer people eligible means fewer the partner must accept: a looser obligation
      direction = effectDirection(compared.effect, 'loosened', 'tightened');
      what = compared.details.join('; ');
    }
    const consequence =
      direction === 'loosened' ? ' (fewer people eligible)' : direction === 'tightened' ? ' (more people eligible)' : '; review who is eligible';
    this.add('eligibility-changed', {
      direction,
      subject: 'eligibility',
      message: `Eligibility changed: ${what}${consequence}.`,
      before,
      after,
      newAt: n?.rule === undefined ? ['eligibility'] : ['eligibility', 'rule'],
      oldAt: ['eligibility', 'rule'],
    });
  }

  private compareReferralRoutes(): void {
    const o = this.oldValue.referral_routes;
    const n = this.newValue.referral_routes;
    this.compareProseList('referral routes text', o?.text, n?.text, ['referral_routes', 'text']);
    const oldRoutes = o?.routes ?? [];
    const newRoutes = n?.routes ?? [];
    newRoutes.forEach((route, index) => {
      if (oldRoutes.includes(route)) return;
      this.add('referral-route-added', {
        subject: `referral route ${route}`,
        message: `Referral route ${route} added.`,
        after: route,
        newAt: ['referral_routes', 'routes', index],
      });
    });
    oldRoutes.forEach((route, index) => {
      if (newRoutes.includes(route)) return;
      this.add('referral-route-removed', {
        subject: `referral route ${route}`,
        message: `Referral route ${route} removed.`,
        before: route,
        oldAt: ['referral_routes', 'routes', index],
      });
    });
  }

  // ---- data dictionary -----------------------------------------------------------------------

  private compareDatasets(): void {
    const o = this.oldValue.datasets ?? {};
    const n = this.newValue.datasets ?? {};
    const removed = Object.keys(o).filter((name) => !(name in n));
    const added = Object.keys(n).filter((name) => !(name in o));
    const renames = pairRenames(removed, added, (a, b) => sameValue(o[a].fields, n[b].fields));
    for (const [from, to] of renames) {
      this.add('dataset-renamed', {
        subject: `dataset ${to}`,
        message: `Dataset ${from} renamed to ${to}: partners' file names and mappings must use the new name.`,
        before: from,
        after: to,
        newAt: ['datasets', to],
      });
      this.compareDataset(to, o[from], n[to], ['datasets', from], ['datasets', to]);
    }
    for (const name of added) {
      if ([...renames.values()].includes(name)) continue;
      this.add('dataset-added', {
        subject: `dataset ${name}`,
        message: `Dataset ${name} added to the data dictionary.`,
        after: name,
        newAt: ['datasets', name],
      });
    }
    for (const name of removed) {
      if (renames.has(name)) continue;
      this.add('dataset-removed', {
        subject: `dataset ${name}`,
        message: `Dataset ${name} removed from the data dictionary: partners' exports and mappings that supply it no longer fit.`,
        before: name,
        oldAt: ['datasets', name],
      });
    }
    for (const name of Object.keys(n)) {
      if (name in o) this.compareDataset(name, o[name], n[name], ['datasets', name], ['datasets', name]);
    }
  }

  private compareDataset(name: string, o: Dataset, n: Dataset, oldBase: SpecPath, newBase: SpecPath): void {
    this.compareProse(`title of dataset ${name}`, o.title, n.title, [...newBase, 'title'], [...oldBase, 'title']);
    this.compareProse(`description of dataset ${name}`, o.description, n.description, [...newBase, 'description'], [...oldBase, 'description']);
    for (const key of ['key', 'record_id', 'order_by', 'links'] as const) {
      if (sameValue(o[key], n[key])) continue;
      const breaking = key === 'key' || key === 'links';
      this.add('dataset-changed', {
        direction: breaking ? 'breaking' : 'neutral',
        subject: `dataset ${name}`,
        message: `The ${key.replace('_', ' ')} of dataset ${name} changed from ${show(o[key])} to ${show(n[key])}${breaking ? ': partners\' files join up differently' : ''}.`,
        before: o[key],
        after: n[key],
        newAt: n[key] === undefined ? newBase : [...newBase, key],
        oldAt: [...oldBase, key],
      });
    }
    this.compareFields(name, o.fields ?? {}, n.fields ?? {}, oldBase, newBase);
    const oldDerived = o.derived ?? {};
    const newDerived = n.derived ?? {};
    for (const field of unionKeys(oldDerived, newDerived)) {
      const before = oldDerived[field];
      const after = newDerived[field];
      if (before && after) {
        this.compareProse(`description of derived field ${name}.${field}`, before.description, after.description, [...newBase, 'derived', field, 'description']);
      }
      if (normaliseRule(before?.expr ?? '') === normaliseRule(after?.expr ?? '')) continue;
      const what = !before ? 'added' : !after ? 'removed' : 'computed differently';
      this.add('derived-field-changed', {
        subject: `derived field ${name}.${field}`,
        message: `Derived field ${name}.${field} ${what}: targets that use it may give different results.`,
        before: before?.expr === undefined ? undefined : normaliseRule(before.expr),
        after: after?.expr === undefined ? undefined : normaliseRule(after.expr),
        newAt: after ? [...newBase, 'derived', field] : undefined,
        oldAt: [...oldBase, 'derived', field],
      });
    }
    this.compareChecks(name, o, n, oldBase, newBase);
  }

  private compareFields(dataset: string, o: Record<string, Field>, n: Record<string, Field>, oldBase: SpecPath, newBase: SpecPath): void {
    const removed = Object.keys(o).filter((f) => !(f in n));
    const added = Object.keys(n).filter((f) => !(f in o));
    const renames = pairRenames(removed, added, (a, b) => sameValue(withoutProse(o[a]), withoutProse(n[b])));
    for (const [from, to] of renames) {
      this.add('field-renamed', {
        subject: `field ${dataset}.${to}`,
        message: `Field ${dataset}.${from} renamed to ${to}: partners' column headings or mappings must use the new name.`,
        before: from,
        after: to,
        newAt: [...newBase, 'fields', to],
      });
      this.compareField(dataset, to, o[from], n[to], [...newBase, 'fields', to]);
    }
    for (const field of added) {
      if ([...renames.values()].includes(field)) continue;
      const required = n[field].required === true;
      this.add('field-added', {
        direction: required ? 'breaking' : 'neutral',
        subject: `field ${dataset}.${field}`,
        message: required
          ? `Required field ${dataset}.${field} added: every partner's export must now carry it.`
          : `Optional field ${dataset}.${field} added.`,
        after: n[field],
        newAt: [...newBase, 'fields', field],
      });
    }
    for (const field of removed) {
      if (renames.has(field)) continue;
      this.add('field-removed', {
        subject: `field ${dataset}.${field}`,
        message: `Field ${dataset}.${field} removed: partners' exports and mappings that supply it no longer fit.`,
        before: o[field],
        oldAt: [...oldBase, 'fields', field],
      });
    }
    for (const field of Object.keys(n)) {
      if (field in o) this.compareField(dataset, field, o[field], n[field], [...newBase, 'fields', field]);
    }
  }

  private compareField(dataset: string, name: string, o: Field, n: Field, at: SpecPath): void {
    const subject = `field ${dataset}.${name}`;
    if (o.type !== n.type) {
      this.add('field-retyped', {
        subject,
        message: `Field ${dataset}.${name} changed type from ${o.type} to ${n.type}: values partners send today may no longer be read.`,
        before: o.type,
        after: n.type,
        newAt: [...at, 'type'],
      });
    }
    const oldValues: readonly string[] = o.values ?? [];
    const newValues: readonly string[] = n.values ?? [];
    newValues.forEach((value, index) => {
      if (oldValues.includes(value)) return;
      this.add('enum-value-added', {
        subject,
        message: `Value ${value} added to field ${dataset}.${name}.`,
        after: value,
        newAt: [...at, 'values', index],
      });
    });
    for (const value of oldValues) {
      if (newValues.includes(value)) continue;
      this.add('enum-value-removed', {
        subject,
        message: `Value ${value} removed from field ${dataset}.${name}: rows that use it will be reported as invalid.`,
        before: value,
        newAt: n.values ? [...at, 'values'] : at,
      });
    }
    const constraint = (key: 'required' | 'minimum' | 'maximum' | 'separator' | 'aliases' | 'personal', breaking: boolean, words: string): void => {
      this.add('field-constraint-changed', {
        direction: breaking ? 'breaking' : 'neutral',
        subject,
        message: `Field ${dataset}.${name}: ${words}.`,
        before: o[key],
        after: n[key],
        newAt: n[key] === undefined ? at : [...at, key],
      });
    };
    const wasRequired = o.required === true;
    const isRequired = n.required === true;
    if (wasRequired !== isRequired) {
      constraint('required', isRequired, isRequired ? 'now required, so rows without it will be reported' : 'now optional');
    }
    if (!sameValue(o.minimum, n.minimum)) {
      const stricter = n.minimum !== undefined && (o.minimum === undefined || n.minimum > o.minimum);
      constraint('minimum', stricter, `minimum ${show(o.minimum)} → ${show(n.minimum)}`);
    }
    if (!sameValue(o.maximum, n.maximum)) {
      const stricter = n.maximum !== undefined && (o.maximum === undefined || n.maximum < o.maximum);
      constraint('maximum', stricter, `maximum ${show(o.maximum)} → ${show(n.maximum)}`);
    }
    if ((o.separator ?? ';') !== (n.separator ?? ';')) {
      constraint('separator', true, `list separator "${o.separator ?? ';'}" → "${n.separator ?? ';'}", so partners' cells must be split differently`);
    }
    if (!sameValue(o.aliases, n.aliases)) {
      const lost = Object.keys(o.aliases ?? {}).filter((alias) => n.aliases?.[alias] !== o.aliases?.[alias]);
      constraint('aliases', lost.length > 0, lost.length > 0 ? `accepted spellings no longer read as before: ${lost.join(', ')}` : 'more spellings accepted');
    }
    if ((o.personal === true) !== (n.personal === true)) {
      constraint('personal', false, n.personal ? 'now marked personal (never printed in reports)' : 'no longer marked personal');
    }
    this.compareProse(`description of field ${dataset}.${name}`, o.description, n.description, [...at, 'description']);
  }

  private compareChecks(name: string, o: Dataset, n: Dataset, oldBase: SpecPath, newBase: SpecPath): void {
    const { pairs, removed, added } = matchById(o.checks ?? [], n.checks ?? []);
    for (const { item, index } of added) {
      this.add('data-check-added', {
        subject: `data check ${name}/${item.id}`,
        message: `Data check ${item.id} added to ${name}: rows that fail it will be reported${(item.severity ?? 'error') === 'error' ? ' and left out of targets' : ''}.`,
        after: normaliseRule(item.rule),
        newAt: [...newBase, 'checks', index],
      });
    }
    for (const { item, index } of removed) {
      this.add('data-check-removed', {
        subject: `data check ${name}/${item.id}`,
        message: `Data check ${item.id} removed from ${name}.`,
        before: normaliseRule(item.rule),
        oldAt: [...oldBase, 'checks', index],
      });
    }
    for (const pair of pairs) {
      const at: SpecPath = [...newBase, 'checks', pair.new.index];
      const a = pair.old.item;
      const b = pair.new.item;
      if (normaliseRule(a.rule) !== normaliseRule(b.rule) || (a.severity ?? 'error') !== (b.severity ?? 'error')) {
        this.add('data-check-changed', {
          subject: `data check ${name}/${b.id}`,
          message: `Data check ${b.id} of ${name} changed: different rows may be reported or left out.`,
          before: { rule: normaliseRule(a.rule), severity: a.severity ?? 'error' },
          after: { rule: normaliseRule(b.rule), severity: b.severity ?? 'error' },
          newAt: at,
        });
      }
      this.compareProse(`message of data check ${name}/${b.id}`, a.message, b.message, [...at, 'message']);
    }
  }

  // ---- targets -------------------------------------------------------------------------------

  private compareTargets(): void {
    const { pairs, removed, added } = matchById(this.oldValue.targets ?? [], this.newValue.targets ?? []);
    const shapes = new Map<Target, RuleShape | undefined>();
    const shape = (t: Target): RuleShape | undefined => {
      if (!shapes.has(t)) shapes.set(t, ruleShape(t.rule));
      return shapes.get(t);
    };
    const ruleKey = (t: Target): string => shape(t)?.key ?? normaliseRule(t.rule);
    const renames = pairRenames(
      removed.map((r) => r.item.id),
      added.map((a) => a.item.id),
      (a, b) => ruleKey(removed.find((r) => r.item.id === a)!.item) === ruleKey(added.find((x) => x.item.id === b)!.item),
    );
    for (const [from, to] of renames) this.targetRenames.set(from, to);
    const paymentUses = paymentTargets(this.newValue.payment);
    for (const [from, to] of renames) {
      const oldTarget = removed.find((r) => r.item.id === from)!;
      const newTarget = added.find((a) => a.item.id === to)!;
      this.add('target-renamed', {
        subject: `target ${to}`,
        message: `Target ${from} renamed to ${to}; its rule is unchanged.`,
        before: from,
        after: to,
        payment: paymentUses.has(to) || undefined,
        newAt: ['targets', newTarget.index, 'id'],
      });
      this.compareTarget({ old: oldTarget, new: newTarget }, shape, paymentUses);
    }
    for (const { item, index } of added) {
      if (this.targetRenamedTo(item.id)) continue;
      this.add('target-added', {
        subject: `target ${item.id}`,
        message: `Target ${item.id} added${item.title ? ` ("${item.title}")` : ''}: a new obligation for every partner.`,
        after: normaliseRule(item.rule),
        payment: paymentUses.has(item.id) || undefined,
        newAt: ['targets', index],
      });
    }
    const oldPaymentUses = paymentTargets(this.oldValue.payment);
    for (const { item, index } of removed) {
      if (this.targetRenames.has(item.id)) continue;
      this.add('target-removed', {
        subject: `target ${item.id}`,
        message: `Target ${item.id} removed${item.title ? ` ("${item.title}")` : ''}: it is no longer judged.`,
        before: normaliseRule(item.rule),
        payment: oldPaymentUses.has(item.id) || undefined,
        oldAt: ['targets', index],
      });
    }
    for (const pair of pairs) this.compareTarget(pair, shape, paymentUses);
  }

  private targetRenamedTo(id: string): boolean {
    return [...this.targetRenames.values()].includes(id);
  }

  private compareTarget(
    pair: { old: Located<Target>; new: Located<Target> },
    shape: (t: Target) => RuleShape | undefined,
    paymentUses: Map<string, string>,
  ): void {
    const a = pair.old.item;
    const b = pair.new.item;
    const id = b.id;
    const base: SpecPath = ['targets', pair.new.index];
    const subject = `target ${id}`;
    const element = paymentUses.get(id);
    const paymentNote = element ? `; the payment terms use this target (${element}), so it changes what partners are paid` : '';
    this.compareProse(`title of target ${id}`, a.title, b.title, [...base, 'title']);
    this.compareProse(`text of target ${id}`, a.text, b.text, [...base, 'text']);
    this.compareProse(`note of target ${id}`, a.note, b.note, [...base, 'note']);
    if ((a.kind ?? 'output') !== (b.kind ?? 'output')) this.detail(`kind of target ${id}`, a.kind ?? 'output', b.kind ?? 'output', [...base, 'kind']);
    const before = shape(a);
    const after = shape(b);
    const ruleAt: SpecPath = [...base, 'rule'];
    if (!before || !after) {
      if (normaliseRule(a.rule) !== normaliseRule(b.rule)) {
        this.add('rule-changed', {
          subject,
          message: `The rule of ${id} changed; it could not be compared part by part (run servicespec lint), so review it.`,
          before: normaliseRule(a.rule),
          after: normaliseRule(b.rule),
          payment: Boolean(element) || undefined,
          newAt: ruleAt,
        });
      }
      return;
    }
    this.compareMeasure(id, before, after, ruleAt, Boolean(element), paymentNote);
    for (const part of COMPARED_PARTS) {
      const oldPart = before.parts[part];
      const newPart = after.parts[part];
      if ((oldPart?.key ?? '') === (newPart?.key ?? '')) continue;
      this.compareRulePart(id, part, before, after, ruleAt, Boolean(element), paymentNote);
    }
  }

  private compareMeasure(id: string, before: RuleShape, after: RuleShape, at: SpecPath, payment: boolean, paymentNote: string): void {
    const o = before.measure;
    const n = after.measure;
    const subject = `target ${id}`;
    const common = { subject, payment: payment || undefined, newAt: at, newOffset: n.offset };
    if (o.kind !== n.kind || (o.threshold === null) !== (n.threshold === null)) {
      let direction: Direction = 'neutral';
      if (o.kind === n.kind) direction = n.threshold === null ? 'loosened' : 'tightened';
      const what =
        o.kind !== n.kind
          ? `changed from a ${o.kind} to a ${n.kind}`
          : n.threshold === null
            ? 'is now monitored without a threshold'
            : `now has a threshold of ${formatThreshold(n)}`;
      this.add('measure-changed', {
        ...common,
        direction,
        message: `Target ${id} ${what} ("${o.text}" → "${n.text}")${paymentNote}.`,
        before: o.text,
        after: n.text,
      });
      return;
    }
    if (o.comparator !== n.comparator) {
      this.add('comparator-changed', {
        ...common,
        direction: n.comparator === 'more_than' ? 'tightened' : 'loosened',
        message: `Target ${id} changed from "${formatComparator(o.comparator)}" to "${formatComparator(n.comparator)}" ${formatThreshold(n)}${n.comparator === 'more_than' ? ': exactly the threshold no longer meets it' : ': exactly the threshold now meets it'}${paymentNote}.`,
        before: formatComparator(o.comparator),
        after: formatComparator(n.comparator),
      });
    }
    if (o.threshold !== null && n.threshold !== null && o.threshold !== n.threshold) {
      const raised = n.threshold > o.threshold;
      const obligation = raised ? 'a new obligation for every partner' : 'an easier obligation for every partner';
      this.add(raised ? 'threshold-raised' : 'threshold-lowered', {
        ...common,
        message: `Threshold of ${id} ${raised ? 'raised' : 'lowered'} from ${formatThreshold(o)} to ${formatThreshold(n)}: ${obligation}${paymentNote}.`,
        before: o.threshold,
        after: n.threshold,
      });
    }
  }

  private compareRulePart(id: string, part: ComparedPart, before: RuleShape, after: RuleShape, at: SpecPath, payment: boolean, paymentNote: string): void {
    const oldText = before.parts[part]?.text;
    const newText = after.parts[part]?.text;
    const newOffset = after.parts[part]?.offset;
    const common = { subject: `target ${id}`, part, payment: payment || undefined, newAt: at, newOffset, before: oldText, after: newText };
    if (part === 'dating') {
      this.add('period-changed', {
        ...common,
        message: `Target ${id} now puts records in periods "${newText ?? '(none)'}" instead of "${oldText ?? '(none)'}": records move between quarters${paymentNote}.`,
      });
      return;
    }
    let direction: Direction = 'neutral';
    let how = '';
    if (part === 'from') {
      const o = before.fromYear ?? 1;
      const n = after.fromYear ?? 1;
      direction = n < o ? 'tightened' : n > o ? 'loosened' : 'neutral';
      how = `judged from contract year ${n} instead of ${o}`;
    } else if (part === 'condition' && oldText !== undefined && newText !== undefined) {
      const compared = compareConditions(stripKeyword(oldText, 'meet'), stripKeyword(newText, 'meet'));
      // a narrower condition means fewer records count in the numerator: harder to meet
      direction = effectDirection(compared.effect, 'tightened', 'loosened');
      how = `condition changed (${compared.details.join('; ')})`;
    } else if (part === 'grouping') {
      how = `results now split "${newText ?? 'not at all'}" instead of "${oldText ?? 'not at all'}"`;
    } else {
      how = `${part} changed from "${oldText ?? '(none)'}" to "${newText ?? '(none)'}"`;
    }
    const verdict = direction === 'neutral' ? '; review it' : direction === 'tightened' ? ': harder to meet' : ': easier to meet';
    this.add('rule-changed', { ...common, direction, message: `Target ${id}: ${how}${verdict}${paymentNote}.` });
  }

  // ---- payment -------------------------------------------------------------------------------

  private comparePayment(): void {
    const o = this.oldValue.payment;
    const n = this.newValue.payment;
    if (!o && !n) return;
    const term = (subject: string, words: string, before: unknown, after: unknown, at: SpecPath, direction: Direction = 'neutral'): void => {
      this.add('payment-terms-changed', {
        direction,
        subject,
        message: `Payment terms: ${words}.`,
        before,
        after,
        newAt: at,
        oldAt: at,
      });
    };
    if (!sameValue(o?.at_risk_percent, n?.at_risk_percent)) {
      const before = o?.at_risk_percent ?? 0;
      const after = n?.at_risk_percent ?? 0;
      term('payment at risk', `the share of payment at risk ${after > before ? 'raised' : 'lowered'} from ${before}% to ${after}%`, before, after, ['payment', 'at_risk_percent'], after > before ? 'tightened' : 'loosened');
    }
    if ((o?.paid_months_in_arrears ?? 1) !== (n?.paid_months_in_arrears ?? 1)) {
      term('payment arrears', `paid ${n?.paid_months_in_arrears ?? 1} months in arrears instead of ${o?.paid_months_in_arrears ?? 1}`, o?.paid_months_in_arrears ?? 1, n?.paid_months_in_arrears ?? 1, ['payment', 'paid_months_in_arrears']);
    }
    for (const key of ['frequency', 'deduction_cap'] as const) {
      if (!sameValue(o?.[key], n?.[key])) term(`payment ${key}`, `${key.replace('_', ' ')} ${show(o?.[key])} → ${show(n?.[key])}`, o?.[key], n?.[key], ['payment', key]);
    }
    const { pairs, removed, added } = matchById(o?.elements ?? [], n?.elements ?? []);
    for (const { item, index } of added) {
      term(`payment element ${item.id}`, `element ${item.id} added (${item.share_percent}% of the amount at risk)`, undefined, item, ['payment', 'elements', index]);
    }
    for (const { item, index } of removed) {
      this.add('payment-terms-changed', {
        subject: `payment element ${item.id}`,
        message: `Payment terms: element ${item.id} removed.`,
        before: item,
        oldAt: ['payment', 'elements', index],
      });
    }
    for (const pair of pairs) {
      const a = pair.old.item;
      const b = pair.new.item;
      const at: SpecPath = ['payment', 'elements', pair.new.index];
      const subject = `payment element ${b.id}`;
      if (a.share_percent !== b.share_percent) {
        term(subject, `element ${b.id} governs ${b.share_percent}% of the amount at risk instead of ${a.share_percent}%`, a.share_percent, b.share_percent, [...at, 'share_percent']);
      }
      if (a.earned_by !== b.earned_by) term(subject, `element ${b.id} is earned by ${b.earned_by} instead of ${a.earned_by}`, a.earned_by, b.earned_by, [...at, 'earned_by']);
      if ((a.cap_percent ?? 100) !== (b.cap_percent ?? 100)) {
        const before = a.cap_percent ?? 100;
        const after = b.cap_percent ?? 100;
        term(subject, `element ${b.id} is capped at ${after}% instead of ${before}%`, before, after, [...at, 'cap_percent'], after < before ? 'tightened' : 'loosened');
      }
      if ((a.no_data ?? 'earned_and_flagged') !== (b.no_data ?? 'earned_and_flagged')) {
        const after = b.no_data ?? 'earned_and_flagged';
        term(subject, `a target with no data in element ${b.id} is now ${after === 'not_earned' ? 'not earned' : 'earned and flagged'}`, a.no_data ?? 'earned_and_flagged', after, [...at, 'no_data'], after === 'not_earned' ? 'tightened' : 'loosened');
      }
      const oldTargets = a.targets.map((t) => this.targetRenames.get(t) ?? t);
      const gained = b.targets.filter((t) => !oldTargets.includes(t));
      const lost = oldTargets.filter((t) => !b.targets.includes(t));
      if (gained.length > 0 || lost.length > 0) {
        const words = [gained.length ? `${gained.join(', ')} added` : '', lost.length ? `${lost.join(', ')} removed` : ''].filter(Boolean).join('; ');
        term(subject, `targets of element ${b.id}: ${words}`, a.targets, b.targets, [...at, 'targets']);
      }
      this.compareProseList(`text of payment element ${b.id}`, a.text, b.text, [...at, 'text'], ['payment', 'elements', pair.old.index, 'text']);
    }
    const oldRepay = (o?.year_end_reconciliation?.repay_deductions_when_all_met ?? []).map((t) => this.targetRenames.get(t) ?? t);
    const newRepay = n?.year_end_reconciliation?.repay_deductions_when_all_met ?? [];
    const gained = newRepay.filter((t) => !oldRepay.includes(t));
    const lost = oldRepay.filter((t) => !newRepay.includes(t));
    if (gained.length > 0 || lost.length > 0) {
      const words = [gained.length ? `${gained.join(', ')} added` : '', lost.length ? `${lost.join(', ')} removed` : ''].filter(Boolean).join('; ');
      // every listed target must be met for the year-end repayment: more of them makes it harder
      const direction: Direction = gained.length > 0 && lost.length === 0 ? 'tightened' : lost.length > 0 && gained.length === 0 ? 'loosened' : 'neutral';
      term('payment year-end repayment', `targets that must all be met for the year-end repayment: ${words}`, oldRepay, newRepay, ['payment', 'year_end_reconciliation', 'repay_deductions_when_all_met'], direction);
    }
    this.compareProseList('year-end reconciliation text', o?.year_end_reconciliation?.text, n?.year_end_reconciliation?.text, ['payment', 'year_end_reconciliation', 'text']);
    this.compareProseList('payment text', o?.text, n?.text, ['payment', 'text']);
    this.compareProse('reading of the payment terms', o?.reading, n?.reading, ['payment', 'reading']);
  }

  // ---- checklist, outcomes, social value ------------------------------------------------------

  private compareChecklist(): void {
    const { pairs, removed, added } = matchById(this.oldValue.checklist ?? [], this.newValue.checklist ?? []);
    for (const { item, index } of added) {
      this.add('checklist-requirement-added', {
        subject: `checklist ${item.id}`,
        message: `Checklist requirement ${item.id} added: "${truncate(normaliseProse(item.requirement))}"`,
        after: normaliseProse(item.requirement),
        newAt: ['checklist', index],
      });
    }
    for (const { item, index } of removed) {
      this.add('checklist-requirement-removed', {
        subject: `checklist ${item.id}`,
        message: `Checklist requirement ${item.id} removed: "${truncate(normaliseProse(item.requirement))}"`,
        before: normaliseProse(item.requirement),
        oldAt: ['checklist', index],
      });
    }
    for (const pair of pairs) {
      const a: ChecklistItem = pair.old.item;
      const b: ChecklistItem = pair.new.item;
      const at: SpecPath = ['checklist', pair.new.index];
      this.compareProse(`requirement ${b.id}`, a.requirement, b.requirement, [...at, 'requirement']);
      if (normaliseProse(a.evidence) !== normaliseProse(b.evidence) || !sameValue(a.check, b.check)) {
        const evidenceChanged = normaliseProse(a.evidence) !== normaliseProse(b.evidence);
        this.add('checklist-evidence-changed', {
          subject: `checklist ${b.id}`,
          message: evidenceChanged
            ? `Evidence for checklist requirement ${b.id} changed: ${wordDiff(a.evidence, b.evidence)}`
            : `How checklist requirement ${b.id} is checked against the evidence register changed; review it.`,
          before: evidenceChanged ? normaliseProse(a.evidence) : a.check,
          after: evidenceChanged ? normaliseProse(b.evidence) : b.check,
          words: evidenceChanged ? wordDiff(a.evidence, b.evidence) : undefined,
          newAt: [...at, evidenceChanged ? 'evidence' : 'check'],
        });
        if (evidenceChanged && !sameValue(a.check, b.check)) {
          this.add('checklist-evidence-changed', {
            subject: `checklist ${b.id}`,
            message: `How checklist requirement ${b.id} is checked against the evidence register changed; review it.`,
            before: a.check,
            after: b.check,
            newAt: [...at, 'check'],
          });
        }
      }
      for (const key of ['category', 'links', 'details'] as const) {
        if (!sameValue(a[key], b[key])) this.detail(`${key} of checklist ${b.id}`, a[key], b[key], [...at, key]);
      }
    }
  }

  private compareOutcomes(): void {
    const lists = [
      { key: 'personal_outcomes', label: 'personal outcome', added: 'personal-outcome-added', removed: 'personal-outcome-removed', text: 'text' },
      { key: 'system_outcomes', label: 'system outcome', added: 'system-outcome-added', removed: 'system-outcome-removed', text: 'text' },
      { key: 'social_value', label: 'social value theme', added: 'social-value-theme-added', removed: 'social-value-theme-removed', text: 'theme' },
    ] as const;
    for (const list of lists) {
      const before = (this.oldValue[list.key] ?? []) as unknown as Record<string, unknown>[];
      const after = (this.newValue[list.key] ?? []) as unknown as Record<string, unknown>[];
      const { pairs, removed, added } = matchById(before as { id: string }[], after as { id: string }[]);
      const describe = (item: Record<string, unknown>): string => normaliseProse(String(item[list.text] ?? ''));
      for (const { item, index } of added) {
        this.add(list.added, {
          subject: `${list.label} ${item.id}`,
          message: `${capitalise(list.label)} ${item.id} added: "${truncate(describe(item))}"`,
          after: describe(item),
          newAt: [list.key, index],
        });
      }
      for (const { item, index } of removed) {
        this.add(list.removed, {
          subject: `${list.label} ${item.id}`,
          message: `${capitalise(list.label)} ${item.id} removed: "${truncate(describe(item))}"`,
          before: describe(item),
          oldAt: [list.key, index],
        });
      }
      for (const pair of pairs) {
        const a = pair.old.item as Record<string, unknown>;
        const b = pair.new.item as Record<string, unknown>;
        const at: SpecPath = [list.key, pair.new.index];
        for (const key of unionKeys(a, b)) {
          if (key === 'id' || sameValue(a[key], b[key])) continue;
          if (typeof a[key] === 'string' && typeof b[key] === 'string' && ['text', 'theme', 'description', 'group'].includes(key)) {
            this.compareProse(`${key} of ${list.label} ${b.id}`, a[key] as string, b[key] as string, [...at, key]);
          } else {
            this.detail(`${key} of ${list.label} ${b.id}`, a[key], b[key], [...at, key]);
          }
        }
      }
    }
  }

  /** Keys the comparison above does not know (a schema that grew): still never silent. */
  private compareRest(): void {
    const known = new Set([
      'id', 'title', 'version', 'extends', 'abstract', 'commissioner', 'funder', 'lot', 'document', 'contract', 'areas',
      'funding', 'staffing', 'calendar', 'parameters', 'sections', 'eligibility', 'referral_routes', 'datasets',
      'targets', 'payment', 'checklist', 'personal_outcomes', 'system_outcomes', 'social_value',
    ]);
    const o = this.oldValue as unknown as Record<string, unknown>;
    const n = this.newValue as unknown as Record<string, unknown>;
    for (const key of unionKeys(o, n)) {
      if (known.has(key) || sameValue(o[key], n[key])) continue;
      this.detail(key, o[key], n[key], [key]);
    }
  }
}

// ---- helpers -----------------------------------------------------------------------------------

function matchById<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
): { pairs: { old: Located<T>; new: Located<T> }[]; removed: Located<T>[]; added: Located<T>[] } {
  const oldById = new Map(before.map((item, index) => [item.id, { item, index }]));
  const newIds = new Set(after.map((item) => item.id));
  const pairs: { old: Located<T>; new: Located<T> }[] = [];
  const added: Located<T>[] = [];
  after.forEach((item, index) => {
    const old = oldById.get(item.id);
    if (old) pairs.push({ old, new: { item, index } });
    else added.push({ item, index });
  });
  const removed = before.map((item, index) => ({ item, index })).filter(({ item }) => !newIds.has(item.id));
  return { pairs, removed, added };
}

/**
 * Renames: a removed name and an added name whose content is the same, paired only when the match
 * is one-to-one (two identical removed fields and one added field are left as removals and additions).
 */
function pairRenames(removed: string[], added: string[], same: (oldName: string, newName: string) => boolean): Map<string, string> {
  const renames = new Map<string, string>();
  for (const from of removed) {
    const candidates = added.filter((to) => same(from, to));
    if (candidates.length !== 1) continue;
    const to = candidates[0];
    if (removed.filter((other) => same(other, to)).length !== 1) continue;
    renames.set(from, to);
  }
  return renames;
}

/** old payment target id → the element (or year-end list) that uses it */
function paymentTargets(payment: Payment | undefined): Map<string, string> {
  const uses = new Map<string, string>();
  for (const element of payment?.elements ?? []) {
    for (const target of element.targets) if (!uses.has(target)) uses.set(target, `element ${element.id}`);
  }
  for (const target of payment?.year_end_reconciliation?.repay_deductions_when_all_met ?? []) {
    if (!uses.has(target)) uses.set(target, 'year-end repayment');
  }
  return uses;
}

function effectDirection(effect: ConditionEffect, narrower: Direction, wider: Direction): Direction {
  return effect === 'narrower' ? narrower : effect === 'wider' ? wider : 'neutral';
}

function stripKeyword(text: string, keyword: string): string {
  return text.startsWith(`${keyword} `) ? text.slice(keyword.length + 1) : text;
}

/** A rule or expression with comments and layout taken out. */
export function normaliseRule(rule: string): string {
  return rule
    .split('\n')
    .map((line) => line.replace(/#(?=(?:[^"]*"[^"]*")*[^"]*$).*$/, ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/\s*([(),[\]])\s*/g, (_m, ch: string) => (ch === ',' ? ', ' : ch))
    .trim();
}

function withoutProse(field: Field): Field {
  const { description: _description, ...rest } = field;
  return rest as Field;
}

/** Equality of parsed values: key order never matters; prose compares by its words. */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(normaliseProse(value));
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isPlainObject(value)) {
    return `{${Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function unionKeys(a: object, b: object): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])];
}

function longestCommonSubsequence(a: string[], b: string[]): string[] {
  const table: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push(a[i]);
      i++;
      j++;
    } else if (table[i + 1][j] >= table[i][j + 1]) i++;
    else j++;
  }
  return out;
}

function show(value: unknown): string {
  if (value === undefined) return '(not set)';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function pounds(value: number): string {
  return `£${value.toLocaleString('en-GB')}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function truncate(text: string, max = 120): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
