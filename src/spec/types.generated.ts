/* Generated from schemas/spec.schema.json by scripts/gen-types.mjs. Do not edit: change the schema and run `npm run gen:types`. */

/**
 * A calendar date written YYYY-MM-DD.
 *
 * This interface was referenced by `ServiceSpec`'s JSON-Schema
 * via the `definition` "isoDate".
 */
export type IsoDate = string;
/**
 * A sentence or paragraph of the source document, kept word for word.
 *
 * This interface was referenced by `ServiceSpec`'s JSON-Schema
 * via the `definition` "text".
 */
export type Text = string;
/**
 * A paragraph of the document: plain text, or an object with a printed number, bullet items, or a reference to a target that stands at this place.
 *
 * This interface was referenced by `ServiceSpec`'s JSON-Schema
 * via the `definition` "paragraph".
 */
export type Paragraph =
  | string
  | {
      /**
       * The paragraph number as printed in the source.
       */
      number?: string | number;
      text?: string;
      items?: Paragraph[];
      /**
       * Id of a target whose sentence stands here.
       */
      target?: string;
      /**
       * A quotation set apart in the source.
       */
      quote?: string;
      /**
       * Attribution of a quotation.
       */
      source?: string;
      /**
       * Structured parts of the spec that the document prints at this place, where the source has them mid-section.
       */
      shows?: DocumentPart[];
    };
/**
 * A structured part of the spec that `render` can print inside the narrative.
 *
 * This interface was referenced by `ServiceSpec`'s JSON-Schema
 * via the `definition` "documentPart".
 */
export type DocumentPart =
  | 'funding'
  | 'staffing'
  | 'payment'
  | 'year_end_reconciliation'
  | 'eligibility'
  | 'referral_routes'
  | 'targets'
  | 'checklist'
  | 'personal_outcomes'
  | 'system_outcomes'
  | 'social_value'
  | 'parameters'
  | 'datasets';

/**
 * A service specification for a commissioned health or care service, as code.
 */
export interface ServiceSpec {
  /**
   * Stable identifier, lower-case words joined by hyphens.
   */
  id: string;
  title: string;
  /**
   * Version of this specification, e.g. 1.0.0.
   */
  version: string;
  /**
   * Spec files this one builds on, relative to this file. Later files and this file win; see docs/spec-format.md for the merge rules.
   */
  extends?: string | string[];
  /**
   * A base spec that is only extended, never checked on its own.
   */
  abstract?: boolean;
  commissioner?: string;
  /**
   * The body that contracts the commissioner, when there is one.
   */
  funder?: string;
  lot?: string;
  /**
   * How the source document presents itself: heading lines, copyright, status.
   */
  document?: {
    heading?: string[];
    copyright?: string[];
    status?: string;
  };
  contract?: Contract;
  /**
   * @minItems 1
   */
  areas?: [string, ...string[]];
  funding?: Funding;
  staffing?: string;
  calendar?: Calendar;
  /**
   * Values a provider sets in its project file (servicespec.yaml), such as its chosen measurement tool. Rules refer to them as $name.
   */
  parameters?: {
    [k: string]: Parameter;
  };
  sections?: Section[];
  eligibility?: Eligibility;
  referral_routes?: ReferralRoutes;
  /**
   * The data dictionary: one entry per dataset (a CSV file or a workbook sheet).
   */
  datasets?: {
    [k: string]: Dataset;
  };
  targets?: Target[];
  payment?: Payment;
  checklist?: ChecklistItem[];
  personal_outcomes?: PersonalOutcome[];
  system_outcomes?: SystemOutcome[];
  social_value?: SocialValueTheme[];
}
/**
 * This interface was referenced by `ServiceSpec`'s JSON-Schema
 * via the `definition` "contract".
 */
export interface Contract {
  start: IsoDate;
  end: IsoDate;
  /**
   * Month and day the financial year starts, MM-DD.
   */
  financial_year_start?: string;
  note?: string;
}
/**
 * This interface was referenced by `ServiceSpec`'s JSON-Schema
 * via the `definition` "funding".
 */
export interface Funding {
  currency?: 'GBP';
  /**
   * Annual funding in whole pounds for each area.
   */
  per_area_per_year: {
    [k: string]: number;
  };
  text?: Text[];
}
/**
 * This interface was referenced by `ServiceSpec`'s JSON-Schema
 * via the `definition` "calendar".
 */
export interface Calendar {
  bank_holidays?: 'GB-ENG' | 'GB-WLS' | 'GB-SCT' | 'GB-NIR' | 'none';
  /**
   * Extra days the service is closed that do not count as working days.
   */
  closures?: {
    date: IsoDate;
    reason?: string;
  }[];
}
/**
 * This interface was referenced by `ServiceSpec`'s JSON-Schema
 * via the `definition` "parameter".
 */
export interface Parameter {
  type: 'string' | 'number' | 'boolean' | 'enum';
  values?: string[];
  default?: string | number | boolean;
  description: string;
  set_by?: 'provider' | 'commissioner';
}
/**
 * This interface was referenced by `ServiceSpec`'s JSON-Schema
 * via the `definition` "section".
 */
export interface Section {
  id: string;
  title: string;
  level?: number;
  paragraphs?: Paragraph[];
  /**
   * Structured parts of the spec that the document prints at the end of this section.
   */
  shows?: DocumentPart[];
}
/**
 * This interface was referenced by `ServiceSpec`'s JSON-Schema
 * via the `definition` "eligibility".
 */
export interface Eligibility {
  text?: Text[];
  /**
   * The dataset whose records are people referred.
   */
  dataset?: string;
  /**
   * A condition in the rule language that every eligible record meets.
   */
  rule?: string;
}
/**
 * This interface was referenced by `ServiceSpec`'s JSON-Schema
 * via the `definition` "referralRoutes".
 */
export interface ReferralRoutes {
  text?: Text[];
  routes?: string[];
}
/**
 * This interface was referenced by `ServiceSpec`'s JSON-Schema
 * via the `definition` "dataset".
 */
export interface Dataset {
  title?: string;
  description?: string;
  /**
   * Field that identifies a record; must be unique.
   */
  key?: string;
  /**
   * Field printed to identify failing records when there is no key (defaults to the key, then the first link field).
   */
  record_id?: string;
  /**
   * Date field that orders linked records for first() and last().
   */
  order_by?: string;
  fields: {
    [k: string]: Field;
  };
  /**
   * Named links to parent datasets: a rule reads the parent's fields as name.field.
   */
  links?: {
    [k: string]: Link;
  };
  /**
   * Fields computed from others by an expression in the rule language.
   */
  derived?: {
    [k: string]: {
      expr: string;
      description?: string;
    };
  };
  /**
   * Data quality conditions every record should meet; a record that fails one is reported and left out of the targets that use this dataset.
   */
  checks?: {
    id: string;
    rule: string;
    message: string;
    severity?: 'error' | 'warning';
  }[];
}
/**
 * This interface was referenced by `ServiceSpec`'s JSON-Schema
 * via the `definition` "field".
 */
export interface Field {
  type: 'id' | 'string' | 'text' | 'integer' | 'number' | 'boolean' | 'date' | 'enum' | 'list';
  description?: string;
  required?: boolean;
  /**
   * Allowed values of an enum field, or of each item of a list field.
   *
   * @minItems 1
   */
  values?: [string, ...string[]];
  /**
   * Other spellings accepted for an enum value, e.g. the older Friends and Family Test scale.
   */
  aliases?: {
    [k: string]: string;
  };
  /**
   * How list items are separated in a CSV cell.
   */
  separator?: string;
  minimum?: number;
  maximum?: number;
  /**
   * Names or free text: never printed in reports.
   */
  personal?: boolean;
}
/**
 * Each record of this dataset belongs to one record of another dataset.
 *
 * This interface was referenced by `ServiceSpec`'s JSON-Schema
 * via the `definition` "link".
 */
export interface Link {
  /**
   * Field of this dataset holding the other record's key.
   */
  field: string;
  /**
   * The dataset linked to; its key is matched.
   */
  to: string;
}
/**
 * This interface was referenced by `ServiceSpec`'s JSON-Schema
 * via the `definition` "target".
 */
export interface Target {
  id: string;
  title?: string;
  kind?: 'output' | 'outcome' | 'reporting' | 'eligibility' | 'measure';
  /**
   * A sentence or paragraph of the source document, kept word for word.
   */
  text?: string;
  /**
   * The target in the rule language (docs/language.md).
   */
  rule: string;
  note?: string;
}
/**
 * This interface was referenced by `ServiceSpec`'s JSON-Schema
 * via the `definition` "payment".
 */
export interface Payment {
  frequency?: 'quarterly';
  paid_months_in_arrears?: number;
  at_risk_percent?: number;
  elements?: PaymentElement[];
  deduction_cap?: 'at_risk';
  year_end_reconciliation?: {
    repay_deductions_when_all_met?: string[];
    text?: Text[];
  };
  /**
   * The payment terms as the document words them.
   */
  text?: Text[];
  /**
   * How these terms were read where the document leaves room, so a reader can dispute it.
   */
  reading?: string;
}
/**
 * This interface was referenced by `ServiceSpec`'s JSON-Schema
 * via the `definition` "paymentElement".
 */
export interface PaymentElement {
  id: string;
  /**
   * Share of the amount at risk this element governs.
   */
  share_percent: number;
  earned_by: 'proportion_of_count_target' | 'equal_shares_of_targets_met';
  /**
   * @minItems 1
   */
  targets: [string, ...string[]];
  cap_percent?: number;
  no_data?: 'earned_and_flagged' | 'not_earned';
  text?: Text[];
}
/**
 * This interface was referenced by `ServiceSpec`'s JSON-Schema
 * via the `definition` "checklistItem".
 */
export interface ChecklistItem {
  id: string;
  category: 'key' | 'business_as_usual';
  requirement: string;
  evidence: string;
  links?: string[];
  details?: string[];
  check?: ComplianceCheck;
}
/**
 * How a partner's evidence register proves this requirement.
 *
 * This interface was referenced by `ServiceSpec`'s JSON-Schema
 * via the `definition` "complianceCheck".
 */
export interface ComplianceCheck {
  renew_every_months?: number;
  /**
   * A fact from the partner's register (e.g. uses_volunteers) that must be true for the duty to apply.
   */
  applies_when?: string;
  minimum_amounts?: {
    cover: string;
    minimum_pounds: number;
    basis: 'per_claim' | 'aggregate';
  }[];
  /**
   * Checked against every person in the staff register.
   */
  staff?: {
    dbs_level?: 'basic' | 'standard' | 'enhanced';
    barred_lists?: ('adults' | 'children')[];
    renew_every_months?: number;
  };
  /**
   * Evidence needed for each of this many past financial years.
   */
  per_financial_year?: number;
  /**
   * Number of dated pieces of evidence needed in each contract year.
   */
  per_year?: number;
  /**
   * Items to be submitted every quarter.
   */
  per_quarter?: string[];
  /**
   * With per_quarter: a financial year of the contract (or its part up to the day of the check) in which none of the items was provided for any quarter is reported as a distinct gap: payment may be withheld.
   */
  withhold_if_none_in_financial_year?: boolean;
}
/**
 * This interface was referenced by `ServiceSpec`'s JSON-Schema
 * via the `definition` "personalOutcome".
 */
export interface PersonalOutcome {
  id: string;
  number?: number;
  group?: string;
  text: string;
  /**
   * Id of the target that monitors this outcome.
   */
  measure?: string;
  /**
   * The parameter in which the provider names its chosen measurement tool.
   */
  tool_parameter?: string;
}
/**
 * This interface was referenced by `ServiceSpec`'s JSON-Schema
 * via the `definition` "systemOutcome".
 */
export interface SystemOutcome {
  id: string;
  text: string;
}
/**
 * This interface was referenced by `ServiceSpec`'s JSON-Schema
 * via the `definition` "socialValueTheme".
 */
export interface SocialValueTheme {
  id: string;
  theme: string;
  description: string;
}
