/**
 * The catalogue of changes `diff` reports. Each entry has a stable id that tests, workflows and
 * `--fail-on` rely on, the direction it usually has for the delivery partner, and an explanation
 * for `servicespec diff --explain <id>`. docs/diff-catalogue.md says the same in prose; a test keeps
 * the two in step.
 */

/**
 * What a change means for the delivery partner:
 * tightened: a new or harder obligation; loosened: an easier or dropped one;
 * breaking: partners' data exports must change; editorial: wording only; neutral: review it.
 */
export type Direction = 'tightened' | 'loosened' | 'breaking' | 'editorial' | 'neutral';

/** The order a reviewer reads directions in: what can hurt first. */
export const DIRECTIONS: readonly Direction[] = ['breaking', 'tightened', 'loosened', 'neutral', 'editorial'];

export interface CatalogueEntry {
  id: string;
  /** the direction a change of this kind has; `varies` entries say in `explain` how it is decided */
  direction: Direction | 'varies';
  summary: string;
  explain: string;
}

const entries: CatalogueEntry[] = [
  // targets
  { id: 'target-added', direction: 'tightened', summary: 'A target was added.', explain: 'A new target is a new obligation for every partner: its results are judged from the periods it covers.' },
  { id: 'target-removed', direction: 'loosened', summary: 'A target was removed.', explain: 'A removed target is no longer judged. The change points at the line of the target in the old file.' },
  { id: 'target-renamed', direction: 'neutral', summary: 'A target has a new id but the same rule.', explain: 'The target\'s rule is unchanged and only its id differs, so it is reported once as a rename, not as a removal and an addition. Reports and payment terms that name the old id must use the new one.' },
  { id: 'threshold-raised', direction: 'tightened', summary: 'A target\'s threshold was raised.', explain: 'A share target needs a higher percentage (95% → 97%) or a count target more a year (35 → 40): a new obligation for every partner. When the payment terms use the target, the message says so and the change is marked as affecting payment.' },
  { id: 'threshold-lowered', direction: 'loosened', summary: 'A target\'s threshold was lowered.', explain: 'A share target needs a lower percentage or a count target fewer a year. When the payment terms use the target, the message says so.' },
  { id: 'comparator-changed', direction: 'varies', summary: '"at least" became "more than", or the other way round.', explain: '"at least 95%" → "more than 95%" is tightened (exactly 95% no longer meets it); the reverse is loosened.' },
  { id: 'measure-changed', direction: 'varies', summary: 'What a target measures changed kind.', explain: 'A share became a count or the other way round (neutral: review it), or a monitored measure ("share of") gained a threshold (tightened) or lost it (loosened).' },
  { id: 'rule-changed', direction: 'varies', summary: 'Part of a target\'s rule changed: population, condition, grouping or from-year.', explain: 'The rules are compared part by part after parsing, so layout and comments do not count. The message names the part. The direction is neutral (review it) unless it is plainly tighter or looser: a condition that only adds "and …" is tightened, one that only drops it is loosened; a bound in the condition such as "<= 2" → "<= 3" working days is loosened, "<= 3" → "<= 2" tightened; "from contract year 3" → 2 is tightened (more periods judged), 2 → 3 loosened. A narrower population is neutral, since a share over fewer records can go either way.' },
  { id: 'period-changed', direction: 'neutral', summary: 'The date that puts records in periods ("dated by") changed, or the contract periods did.', explain: 'Records move between quarters and years, so results and pro-rating change: review them, for example with --data.' },
  // contract, areas, money
  { id: 'contract-period-changed', direction: 'neutral', summary: 'The contract start, end or financial year start changed.', explain: 'The periods that are judged, and the pro-rating of annual counts for part years, change with the contract dates.' },
  { id: 'area-added', direction: 'tightened', summary: 'An area was added.', explain: 'Targets judged "for each area" gain results for the new area.' },
  { id: 'area-removed', direction: 'loosened', summary: 'An area was removed.', explain: 'Targets are no longer judged for that area.' },
  { id: 'funding-raised', direction: 'loosened', summary: 'The annual funding of an area went up.', explain: 'The same obligations for more money: better terms for the partner. An area newly funded counts as raised from £0.' },
  { id: 'funding-lowered', direction: 'tightened', summary: 'The annual funding of an area went down.', explain: 'The same obligations for less money: worse terms for the partner. An area no longer funded counts as lowered to £0.' },
  { id: 'payment-terms-changed', direction: 'varies', summary: 'The payment by results terms changed.', explain: 'At-risk percent, element shares, element targets, caps, months in arrears, no-data handling or the year-end repayment list. Tightened when more money is at risk (a higher at-risk percent, a lower cap, no data no longer earned, more targets that must all be met for the year-end repayment); loosened for the reverse; otherwise neutral (review it).' },
  { id: 'calendar-changed', direction: 'varies', summary: 'Bank holidays or closure days changed.', explain: 'Working-day targets count working days. A closure day added means fewer working days, so more time (loosened); a closure removed is tightened; a different bank-holiday region is neutral.' },
  // eligibility and routes
  { id: 'eligibility-changed', direction: 'varies', summary: 'Who is eligible changed.', explain: 'The eligibility rule is compared after parsing. A minimum age raised, an area or need dropped from a list, or a condition added with "and" narrows eligibility: fewer people the partner must accept, so loosened. Widening it is tightened. Anything else is neutral (review it). The message says what changed, e.g. "minimum age 17 → 18".' },
  { id: 'referral-route-added', direction: 'neutral', summary: 'A referral route was added.', explain: 'A new route people can be referred by.' },
  { id: 'referral-route-removed', direction: 'neutral', summary: 'A referral route was removed.', explain: 'People can no longer be referred by this route.' },
  // data dictionary
  { id: 'dataset-added', direction: 'neutral', summary: 'A dataset was added to the data dictionary.', explain: 'Partners may be asked for a new file or sheet; no existing export breaks.' },
  { id: 'dataset-removed', direction: 'breaking', summary: 'A dataset was removed from the data dictionary.', explain: 'Partners\' exports and mappings that supply it no longer fit the specification.' },
  { id: 'dataset-renamed', direction: 'breaking', summary: 'A dataset has a new name and the same fields.', explain: 'Reported once, not as a removal and an addition. Partners\' file names and mappings must follow the new name.' },
  { id: 'dataset-changed', direction: 'varies', summary: 'A dataset\'s key, links or ordering changed.', explain: 'A new key or link changes how partners\' files join up (breaking); a changed order_by changes which record is first or last (neutral: review it).' },
  { id: 'field-added', direction: 'varies', summary: 'A field was added to a dataset.', explain: 'A required field is breaking: every partner\'s export must now carry it. An optional field is neutral.' },
  { id: 'field-removed', direction: 'breaking', summary: 'A field was removed from a dataset.', explain: 'Partners\' exports and mappings that supply it no longer fit the specification.' },
  { id: 'field-renamed', direction: 'breaking', summary: 'A field has a new name and the same definition.', explain: 'Reported once, not as a removal and an addition: partners\' column headings or mappings must follow the new name.' },
  { id: 'field-retyped', direction: 'breaking', summary: 'A field\'s type changed.', explain: 'Values partners send today may no longer be read (a text date where a number is expected, for example).' },
  { id: 'field-constraint-changed', direction: 'varies', summary: 'A field became required or optional, or its limits, separator or aliases changed.', explain: 'Breaking when values accepted today would be refused: a field made required, a minimum raised, a maximum lowered, a list separator or an accepted alias changed or removed. Neutral when the field accepts more.' },
  { id: 'enum-value-added', direction: 'neutral', summary: 'A value was added to a field\'s list of values.', explain: 'Existing exports still fit; partners may start using the new value.' },
  { id: 'enum-value-removed', direction: 'breaking', summary: 'A value was removed from a field\'s list of values.', explain: 'Rows that use it today will be reported as invalid.' },
  { id: 'derived-field-changed', direction: 'neutral', summary: 'A derived field was added, removed or computed differently.', explain: 'Targets that use it may give different results: review them, for example with --data.' },
  { id: 'data-check-added', direction: 'breaking', summary: 'A data quality check was added.', explain: 'Rows that fail it will be reported, and for error checks left out of targets.' },
  { id: 'data-check-removed', direction: 'neutral', summary: 'A data quality check was removed.', explain: 'Rows it would have reported are now counted.' },
  { id: 'data-check-changed', direction: 'neutral', summary: 'A data quality check\'s rule or severity changed.', explain: 'Different rows may be reported or left out: review it.' },
  // compliance, outcomes, social value
  { id: 'checklist-requirement-added', direction: 'tightened', summary: 'A compliance checklist requirement was added.', explain: 'A new duty partners must evidence.' },
  { id: 'checklist-requirement-removed', direction: 'loosened', summary: 'A compliance checklist requirement was removed.', explain: 'A duty partners no longer evidence.' },
  { id: 'checklist-evidence-changed', direction: 'neutral', summary: 'The evidence asked for a checklist requirement, or how it is checked, changed.', explain: 'Partners may need to keep different evidence: review it.' },
  { id: 'personal-outcome-added', direction: 'tightened', summary: 'A personal outcome was added.', explain: 'A new outcome partners must work towards and report.' },
  { id: 'personal-outcome-removed', direction: 'loosened', summary: 'A personal outcome was removed.', explain: 'An outcome partners no longer report.' },
  { id: 'system-outcome-added', direction: 'tightened', summary: 'A system outcome was added.', explain: 'A new outcome the service must contribute to.' },
  { id: 'system-outcome-removed', direction: 'loosened', summary: 'A system outcome was removed.', explain: 'An outcome the service no longer contributes to.' },
  { id: 'social-value-theme-added', direction: 'tightened', summary: 'A social value theme was added.', explain: 'A new theme partners must deliver social value under.' },
  { id: 'social-value-theme-removed', direction: 'loosened', summary: 'A social value theme was removed.', explain: 'A theme partners no longer report on.' },
  { id: 'parameter-changed', direction: 'neutral', summary: 'A provider or commissioner parameter was added, removed or changed.', explain: 'Partners may need to set it, or set it differently, in their project file.' },
  // the document
  { id: 'wording-changed', direction: 'editorial', summary: 'A sentence or title was reworded.', explain: 'Shown as a word diff: [-removed-] {+added+}. Layout and line breaks inside a paragraph do not count.' },
  { id: 'paragraph-added', direction: 'editorial', summary: 'A paragraph was added to a section or a text.', explain: 'New wording with no counterpart in the old version.' },
  { id: 'paragraph-removed', direction: 'editorial', summary: 'A paragraph was removed from a section or a text.', explain: 'Wording with no counterpart in the new version.' },
  { id: 'section-added', direction: 'editorial', summary: 'A section was added to the document.', explain: 'A new section of narrative.' },
  { id: 'section-removed', direction: 'editorial', summary: 'A section was removed from the document.', explain: 'The section no longer appears.' },
  { id: 'section-moved', direction: 'editorial', summary: 'A section moved to another place in the document.', explain: 'The document reads in a new order; its content is compared separately.' },
  { id: 'version-changed', direction: 'neutral', summary: 'The specification\'s version changed.', explain: 'Expected with every change: it says which version partners are held to.' },
  { id: 'spec-added', direction: 'tightened', summary: 'A specification file was added.', explain: 'Only with --base: a spec new on this branch.' },
  { id: 'spec-removed', direction: 'loosened', summary: 'A specification file was removed.', explain: 'Only with --base: a spec deleted on this branch.' },
  { id: 'detail-changed', direction: 'neutral', summary: 'Anything else changed.', explain: 'A value the catalogue has no entry for (a target\'s kind, a commissioner\'s name, a checklist category…): review it.' },
];

export const CATALOGUE: ReadonlyMap<string, CatalogueEntry> = new Map(entries.map((e) => [e.id, e]));

export function catalogueEntry(id: string): CatalogueEntry | undefined {
  return CATALOGUE.get(id);
}
