/**
 * What a delivery partner's own export of the peer-support data looks like: one sheet per
 * dataset, their headings, their spellings of values, UK dates. One description drives both the
 * workbook and the mapping file that reads it back, so the two cannot drift apart.
 */

import { stringify } from 'yaml';
import type { Cell, PeerSupportDataset, Row } from './peer-support-data.js';

/**
 * How a date column is written: as text the way UK spreadsheets show it ("03/04/2022"), or as a
 * real spreadsheet date (a serial number formatted dd/mm/yyyy), as some case systems export.
 */
export type PartnerDateStyle = 'uk-text' | 'excel-date';

export interface PartnerColumn {
  field: string;
  heading: string;
  /** our value → the partner's spelling */
  values?: Record<string, string>;
  date?: PartnerDateStyle;
  /** list cells: the partner separates items with this */
  separator?: string;
}

export interface PartnerSheet {
  dataset: PeerSupportDataset;
  sheet: string;
  columns: PartnerColumn[];
}

const LOCALITY = { Dover: 'Dover Locality', Folkestone: 'Folkestone Locality' };

const SWEMWBS_HEADINGS = [
  'Q1 Optimistic about the future',
  'Q2 Feeling useful',
  'Q3 Feeling relaxed',
  'Q4 Dealing with problems well',
  'Q5 Thinking clearly',
  'Q6 Feeling close to other people',
  'Q7 Able to make up own mind',
];

export const PARTNER_SHEETS: PartnerSheet[] = [
  {
    dataset: 'referrals',
    sheet: 'Referrals',
    columns: [
      { field: 'referral_id', heading: 'Referral ID' },
      { field: 'client_id', heading: 'Client ID' },
      { field: 'area', heading: 'Locality', values: LOCALITY },
      { field: 'referral_date', heading: 'Date of Referral', date: 'uk-text' },
      {
        field: 'referral_source',
        heading: 'Referral Source',
        values: {
          self: 'Self referral',
          primary_care: 'GP / primary care',
          secondary_care: 'Secondary mental health services',
          voluntary_sector: 'Voluntary sector',
          other: 'Other',
        },
      },
      { field: 'age_at_referral', heading: 'Age at Referral' },
      {
        field: 'mental_health_need',
        heading: 'MH Need',
        values: { common: 'Common mental health problem', severe_enduring: 'Severe and enduring', none: 'None identified' },
      },
      { field: 'contactable', heading: 'Contactable?' },
      { field: 'ready_to_engage', heading: 'Ready to Engage?' },
      { field: 'sign_up_date', heading: 'Sign-up Date', date: 'uk-text' },
      { field: 'service_start_date', heading: 'Service Start Date', date: 'uk-text' },
      { field: 'support_plan_date', heading: 'Support Plan Agreed', date: 'uk-text' },
      { field: 'discharge_date', heading: 'Discharge Date', date: 'uk-text' },
      {
        field: 'mecc_topics',
        heading: 'MECC Topics',
        separator: '; ',
        values: {
          physical_health: 'Physical health',
          alcohol: 'Alcohol',
          smoking: 'Smoking',
          healthy_eating: 'Healthy eating',
          sexual_health: 'Sexual health',
        },
      },
    ],
  },
  {
    dataset: 'contacts',
    sheet: 'Contact Log',
    columns: [
      { field: 'referral_id', heading: 'Referral ID' },
      { field: 'contact_date', heading: 'Contact Date', date: 'excel-date' },
      { field: 'outcome', heading: 'Outcome', values: { attempted: 'Attempted - no answer', successful: 'Contact made' } },
    ],
  },
  {
    dataset: 'wellbeing',
    sheet: 'SWEMWBS',
    columns: [
      { field: 'referral_id', heading: 'Referral ID' },
      { field: 'assessment_date', heading: 'Date Completed', date: 'uk-text' },
      { field: 'instrument', heading: 'Scale', values: { SWEMWBS: 'SWEMWBS (7 item)' } },
      ...SWEMWBS_HEADINGS.map((heading, i) => ({ field: `item_${i + 1}`, heading })),
    ],
  },
  {
    dataset: 'exit_surveys',
    sheet: 'Exit Surveys',
    columns: [
      { field: 'referral_id', heading: 'Referral ID' },
      { field: 'survey_date', heading: 'Survey Date', date: 'excel-date' },
      {
        field: 'fft_response',
        heading: 'Friends and Family Test',
        values: {
          very_good: 'Very good',
          good: 'Good',
          neither: 'Neither good nor poor',
          poor: 'Poor',
          very_poor: 'Very poor',
          dont_know: "Don't know",
          extremely_likely: 'Extremely likely',
          likely: 'Likely',
          neither_likely_nor_unlikely: 'Neither likely nor unlikely',
          unlikely: 'Unlikely',
          extremely_unlikely: 'Extremely unlikely',
        },
      },
    ],
  },
  {
    dataset: 'peer_leaders',
    sheet: 'Peer Leaders',
    columns: [
      { field: 'peer_leader_id', heading: 'Peer Leader Ref' },
      { field: 'area', heading: 'Locality', values: LOCALITY },
      { field: 'training_completed_date', heading: 'Training Completed', date: 'uk-text' },
    ],
  },
  {
    dataset: 'activities',
    sheet: 'Activities',
    columns: [
      { field: 'activity_id', heading: 'Activity Ref' },
      { field: 'area', heading: 'Locality', values: LOCALITY },
      { field: 'activity_date', heading: 'Date', date: 'excel-date' },
      {
        field: 'kind',
        heading: 'Type of Activity',
        values: { income_generation: 'Income generation', awareness_event: 'Awareness raising event', focus_group: 'Focus group', other: 'Other' },
      },
      { field: 'description', heading: 'Description' },
    ],
  },
];

/**
 * "2022-04-03" → "03/04/2022", by moving the parts and never through a Date, so that a date that
 * does not exist ("2022-02-29") stays just as wrong in the partner's spelling.
 */
export function isoToUkText(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** A real spreadsheet date for a valid ISO date; anything else is written as the text it is. */
function isoToSheetDate(iso: string): Date | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCDate() === Number(m[3]) && date.getUTCMonth() === Number(m[2]) - 1 ? date : iso;
}

export type SheetCell = string | number | Date | null;

/** One of our rows as the partner's sheet holds it. Values the partner has no spelling for pass through. */
export function toPartnerCells(sheet: PartnerSheet, row: Row): SheetCell[] {
  return sheet.columns.map((column) => partnerCell(column, row[column.field] ?? null));
}

function partnerCell(column: PartnerColumn, value: Cell): SheetCell {
  if (value === null) return null;
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    return value.map((v) => column.values?.[v] ?? v).join(column.separator ?? ';');
  }
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return value;
  if (column.date === 'uk-text') return isoToUkText(value);
  if (column.date === 'excel-date') return isoToSheetDate(value);
  return column.values?.[value] ?? value;
}

/** The mapping (schemas/mapping.schema.json) that reads the partner's workbook back into our datasets. */
export function partnerMapping(): object {
  const datasets: Record<string, object> = {};
  for (const sheet of PARTNER_SHEETS) {
    const columns: Record<string, string> = {};
    const values: Record<string, Record<string, string>> = {};
    for (const column of sheet.columns) {
      columns[column.field] = column.heading;
      if (column.values) {
        values[column.field] = Object.fromEntries(Object.entries(column.values).map(([ours, theirs]) => [theirs, ours]));
      }
    }
    datasets[sheet.dataset] = {
      sheet: sheet.sheet,
      columns,
      ...(Object.keys(values).length > 0 ? { values } : {}),
    };
  }
  return { dates: 'dd/mm/yyyy', datasets };
}

export function partnerMappingYaml(): string {
  return [
    '# yaml-language-server: $schema=../../schemas/mapping.schema.json',
    '# Reads partner-export.xlsx (the peer-support partner\'s own export: their sheet names, headings',
    '# and spellings, UK dates) into the datasets of specs/peer-support-dover-folkestone.yaml.',
    '# Dates typed as text are day first (03/04/2022 is 3 April); real spreadsheet dates need no format.',
    '# Yes/No answers are read by the default spellings of true and false.',
    '# Written by `npm run example-data`; edit scripts/lib/partner-export.ts, not this file.',
    stringify(partnerMapping(), { lineWidth: 0 }).trimEnd(),
    '',
  ].join('\n');
}
