/**
 * References between the parts of a spec: ids that must be unique, and names (targets, datasets,
 * fields, areas, parameters) that must exist. The schema cannot say these things; this does.
 */

import { diagnostic, type Diagnostic, type SpecLocation } from '../diagnostics.js';
import { valueAt } from './describe.js';
import type { SpecPath } from './source.js';
import { didYouMean } from './suggest.js';
import type { Dataset, Paragraph, ServiceSpec } from './types.generated.js';

/** What the reference check needs of a loaded spec: places for paths. */
export interface Locator {
  locate(path: SpecPath): SpecLocation | undefined;
  locateKey?(path: SpecPath): SpecLocation | undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function entries<T>(value: Record<string, T> | undefined): [string, T][] {
  return isObject(value) ? Object.entries(value) : [];
}

function list<T>(value: T[] | undefined): T[] {
  return Array.isArray(value) ? value : [];
}

/** Every reference problem of a (schema-valid or nearly valid) spec. */
export function checkReferences(spec: ServiceSpec, loaded: Locator): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (path: SpecPath): SpecLocation | undefined => loaded.locate(path);
  const atKey = (path: SpecPath): SpecLocation | undefined => (loaded.locateKey ?? loaded.locate)(path);
  const targetIds = new Set(list(spec.targets).map((t) => t?.id).filter((id): id is string => typeof id === 'string'));
  const datasets = isObject(spec.datasets) ? (spec.datasets as Record<string, Dataset>) : {};

  // ids that name one thing each
  const idLists: [SpecPath, string][] = [
    [['targets'], 'targets'],
    [['sections'], 'sections'],
    [['checklist'], 'checklist items'],
    [['personal_outcomes'], 'personal outcomes'],
    [['system_outcomes'], 'system outcomes'],
    [['social_value'], 'social value themes'],
    [['payment', 'elements'], 'payment elements'],
  ];
  for (const name of Object.keys(datasets)) idLists.push([['datasets', name, 'checks'], `checks of dataset '${name}'`]);
  for (const [path, kinds] of idLists) {
    const items = valueAt(spec, path);
    if (!Array.isArray(items)) continue;
    const first = new Map<string, number>();
    items.forEach((item, i) => {
      const id = isObject(item) ? item.id : undefined;
      if (typeof id !== 'string') return;
      const earlier = first.get(id);
      if (earlier === undefined) {
        first.set(id, i);
        return;
      }
      const related = at([...path, earlier, 'id']);
      out.push(
        diagnostic('ref-duplicate-id', `Two ${kinds} have the id '${id}'; give each its own id.`, at([...path, i, 'id']), {
          related: related ? [related] : undefined,
        }),
      );
    });
  }

  const unknownTarget = (id: unknown, path: SpecPath, where: string): void => {
    if (typeof id !== 'string' || targetIds.has(id)) return;
    const hint = didYouMean(id, targetIds) || '; check the spelling against the ids under targets.';
    out.push(diagnostic('ref-unknown-target', `${where} names the target '${id}', which this spec does not have${hint}`, at(path)));
  };

  list(spec.payment?.elements).forEach((element, i) => {
    list(element?.targets).forEach((id, j) => unknownTarget(id, ['payment', 'elements', i, 'targets', j], `Payment element '${element.id}'`));
  });
  list(spec.payment?.year_end_reconciliation?.repay_deductions_when_all_met).forEach((id, j) =>
    unknownTarget(id, ['payment', 'year_end_reconciliation', 'repay_deductions_when_all_met', j], 'The year-end reconciliation'),
  );
  list(spec.personal_outcomes).forEach((outcome, i) => {
    if (outcome?.measure !== undefined) unknownTarget(outcome.measure, ['personal_outcomes', i, 'measure'], `Personal outcome '${outcome.id}'`);
    const parameter = outcome?.tool_parameter;
    if (typeof parameter === 'string' && !(isObject(spec.parameters) && parameter in spec.parameters)) {
      const names = Object.keys(isObject(spec.parameters) ? spec.parameters : {});
      out.push(
        diagnostic(
          'ref-unknown-parameter',
          `Personal outcome '${outcome.id}' names the parameter '${parameter}', which is not under parameters${didYouMean(parameter, names) || '; add it there.'}`,
          at(['personal_outcomes', i, 'tool_parameter']),
        ),
      );
    }
  });
  list(spec.sections).forEach((section, i) => {
    const walk = (paragraphs: Paragraph[] | undefined, path: SpecPath): void => {
      list(paragraphs).forEach((paragraph, j) => {
        if (!isObject(paragraph)) return;
        if (paragraph.target !== undefined) unknownTarget(paragraph.target, [...path, j, 'target'], `A paragraph of section '${section.id}'`);
        walk(paragraph.items as Paragraph[] | undefined, [...path, j, 'items']);
      });
    };
    walk(section?.paragraphs, ['sections', i, 'paragraphs']);
    list(section?.shows).forEach((part, j) => {
      const present = (spec as unknown as Record<string, unknown>)[part];
      if (present === undefined || (Array.isArray(present) && present.length === 0)) {
        out.push(
          diagnostic('ref-missing-part', `Section '${section.id}' shows ${part.replace(/_/g, ' ')}, but this spec has none; add them or remove '${part}' from shows.`, at(['sections', i, 'shows', j]), {
            severity: 'warning',
          }),
        );
      }
    });
  });

  // the data dictionary
  const datasetNames = Object.keys(datasets);
  const unknownDataset = (name: unknown, path: SpecPath, where: string): boolean => {
    if (typeof name !== 'string' || name in datasets) return false;
    out.push(
      diagnostic('ref-unknown-dataset', `${where} names the dataset '${name}', which is not under datasets${didYouMean(name, datasetNames) || '; add it there or correct the name.'}`, at(path)),
    );
    return true;
  };
  for (const [name, dataset] of entries(datasets)) {
    if (!isObject(dataset)) continue;
    const fields = isObject(dataset.fields) ? dataset.fields : {};
    const fieldNames = Object.keys(fields);
    const base: SpecPath = ['datasets', name];
    const unknownField = (field: unknown, path: SpecPath, what: string): void => {
      if (typeof field !== 'string' || field in fields) return;
      out.push(
        diagnostic(
          'ref-unknown-field',
          `The ${what} of dataset '${name}' is '${field}', which is not one of its fields${didYouMean(field, fieldNames) || `; use one of: ${fieldNames.join(', ') || '(no fields yet)'}.`}`,
          at(path),
        ),
      );
    };
    unknownField(dataset.key, [...base, 'key'], 'key');
    unknownField(dataset.record_id, [...base, 'record_id'], 'record_id');
    unknownField(dataset.order_by, [...base, 'order_by'], 'order_by field');
    if (typeof dataset.order_by === 'string' && fields[dataset.order_by] && fields[dataset.order_by].type !== 'date') {
      out.push(
        diagnostic(
          'ref-field-type',
          `Dataset '${name}' is ordered by '${dataset.order_by}', which is ${/^[aeiou]/.test(fields[dataset.order_by].type) ? 'an' : 'a'} ${fields[dataset.order_by].type} field; order_by must name a date field.`,
          at([...base, 'order_by']),
        ),
      );
    }
    for (const [linkName, link] of entries(dataset.links)) {
      if (!isObject(link)) continue;
      unknownField(link.field, [...base, 'links', linkName, 'field'], `field of link '${linkName}'`);
      if (unknownDataset(link.to, [...base, 'links', linkName, 'to'], `Link '${linkName}' of dataset '${name}'`)) continue;
      const parent = datasets[link.to];
      if (isObject(parent) && typeof parent.key !== 'string') {
        out.push(
          diagnostic(
            'ref-missing-key',
            `Link '${linkName}' of dataset '${name}' goes to dataset '${link.to}', which has no key to match; give '${link.to}' a key field.`,
            at([...base, 'links', linkName, 'to']),
          ),
        );
      }
    }
    for (const derivedName of Object.keys(isObject(dataset.derived) ? dataset.derived : {})) {
      if (derivedName in fields) {
        out.push(
          diagnostic('ref-duplicate-field', `Dataset '${name}' has both a field and a derived field called '${derivedName}'; rename one of them.`, atKey([...base, 'derived', derivedName])),
        );
      }
    }
    for (const [fieldName, field] of entries(fields)) {
      if (!isObject(field)) continue;
      const path: SpecPath = [...base, 'fields', fieldName];
      const values = list(field.values);
      if (field.type === 'enum' && values.length === 0) {
        out.push(diagnostic('ref-enum-no-values', `Field '${fieldName}' of dataset '${name}' is an enum but lists no values; add them under values.`, atKey(path)));
      }
      const seen = new Set<string>();
      values.forEach((value, i) => {
        if (seen.has(value)) {
          out.push(diagnostic('ref-duplicate-value', `Field '${fieldName}' of dataset '${name}' lists the value '${value}' twice; remove one.`, at([...path, 'values', i])));
        }
        seen.add(value);
      });
      for (const [alias, meaning] of entries(field.aliases)) {
        if (values.length > 0 && !values.includes(meaning)) {
          out.push(
            diagnostic(
              'ref-unknown-value',
              `The alias '${alias}' of field '${fieldName}' of dataset '${name}' stands for '${meaning}', which is not one of its values${didYouMean(meaning, values) || '.'}`,
              at([...path, 'aliases', alias]),
            ),
          );
        }
      }
    }
  }
  if (spec.eligibility?.dataset !== undefined) unknownDataset(spec.eligibility.dataset, ['eligibility', 'dataset'], 'The eligibility');
  if (spec.eligibility?.rule !== undefined && spec.eligibility.dataset === undefined) {
    out.push(diagnostic('ref-missing-dataset', 'The eligibility rule needs the dataset its records come from; add dataset: under eligibility.', atKey(['eligibility', 'rule'])));
  }

  // funding per area
  const areas = list(spec.areas);
  if (areas.length > 0) {
    for (const area of Object.keys(isObject(spec.funding?.per_area_per_year) ? spec.funding.per_area_per_year : {})) {
      if (!areas.includes(area)) {
        out.push(
          diagnostic(
            'ref-unknown-area',
            `Funding is given for '${area}', which is not one of the areas (${areas.join(', ')})${didYouMean(area, areas) || '; add it to areas or correct the name.'}`,
            atKey(['funding', 'per_area_per_year', area]),
          ),
        );
      }
    }
  }

  // parameters
  for (const [name, parameter] of entries(spec.parameters)) {
    if (!isObject(parameter)) continue;
    const values = list(parameter.values);
    if (parameter.type === 'enum' && values.length === 0) {
      out.push(diagnostic('ref-enum-no-values', `Parameter '${name}' is an enum but lists no values; add them under values.`, atKey(['parameters', name])));
    }
    if (parameter.type === 'enum' && values.length > 0 && parameter.default !== undefined && !values.includes(String(parameter.default))) {
      out.push(
        diagnostic('ref-unknown-value', `The default of parameter '${name}' is '${String(parameter.default)}', which is not one of its values (${values.join(', ')}).`, at(['parameters', name, 'default'])),
      );
    }
  }
  return out;
}
