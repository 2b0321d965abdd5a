/**
 * Realistic monitoring data for specs/peer-support-dover-folkestone.yaml, as a stream of rows.
 *
 * Rows are yielded referral by referral (the referral, then its contacts, wellbeing scales and exit
 * survey), so nothing is held in memory and the benchmark can ask for millions of rows. Peer
 * leaders and activities are few and come last, from a random stream of their own so that they do
 * not change when the referral volume does.
 *
 * The data tells a story a commissioner would recognise: most targets met in most quarters, a staff
 * vacancy in Folkestone in summer 2022 that slows first contacts and sign-ups, the odd late contact,
 * and a handful of typing mistakes that `check` must report.
 */

import { WorkingCalendar } from '../../src/data/calendar.js';
import { civilFromDay, daysInMonth, formatDay, parseIsoDate } from '../../src/data/dates.js';
import { Random } from './random.js';

export type Cell = string | number | boolean | string[] | null;
export type Row = Record<string, Cell>;

export type PeerSupportDataset = 'referrals' | 'contacts' | 'wellbeing' | 'exit_surveys' | 'peer_leaders' | 'activities';

/** Each dataset's fields in the spec's order: the CSV columns and the JSON keys. */
export const PEER_SUPPORT_FIELDS: Record<PeerSupportDataset, readonly string[]> = {
  referrals: [
    'referral_id',
    'client_id',
    'area',
    'referral_date',
    'referral_source',
    'age_at_referral',
    'mental_health_need',
    'contactable',
    'ready_to_engage',
    'sign_up_date',
    'service_start_date',
    'support_plan_date',
    'discharge_date',
    'mecc_topics',
  ],
  contacts: ['referral_id', 'contact_date', 'outcome'],
  wellbeing: ['referral_id', 'assessment_date', 'instrument', 'item_1', 'item_2', 'item_3', 'item_4', 'item_5', 'item_6', 'item_7'],
  exit_surveys: ['referral_id', 'survey_date', 'fft_response'],
  peer_leaders: ['peer_leader_id', 'area', 'training_completed_date'],
  activities: ['activity_id', 'area', 'activity_date', 'kind', 'description'],
};

export const PEER_SUPPORT_DATASETS = Object.keys(PEER_SUPPORT_FIELDS) as PeerSupportDataset[];

export interface GeneratedRow {
  dataset: PeerSupportDataset;
  row: Row;
}

/** A time when an area was short of staff: first contacts are slower and fewer people sign up. */
export interface StaffingGap {
  area: string;
  from: string;
  to: string;
}

export interface PeerSupportOptions {
  seed: number;
  /** contract period, YYYY-MM-DD inclusive */
  start?: string;
  end?: string;
  areas?: readonly string[];
  /** about this many referrals per area per year */
  referralsPerAreaPerYear?: number;
  /** a handful of typing mistakes (bad date, unknown area, contact before its referral, …) */
  dataQualityProblems?: boolean;
  staffingGaps?: readonly StaffingGap[];
}

const DEFAULTS = {
  start: '2021-10-01',
  end: '2023-03-31',
  areas: ['Dover', 'Folkestone'],
  referralsPerAreaPerYear: 125,
  dataQualityProblems: true,
  staffingGaps: [{ area: 'Folkestone', from: '2022-07-11', to: '2022-09-16' }],
} satisfies Required<Omit<PeerSupportOptions, 'seed'>>;

/**
 * The mistakes, each on one referral picked by its sequence number, so there are the same few
 * whatever the volume. `check` must report every one of them.
 */
export const DATA_QUALITY_PROBLEMS = {
  /** referral_date with day and month swapped (2021-23-12), or a day the month does not have */
  badReferralDate: 57,
  /** first contact typed three days before the referral */
  contactBeforeReferral: 95,
  /** area typed as a town, not one of the spec's areas */
  unknownArea: 133,
  /** a wellbeing scale whose referral id has a letter O for a zero */
  unknownReferralLink: 178,
  /** age left blank */
  missingAge: 211,
  /** a 16-year-old: the service takes 17 and over */
  ineligibleAge: 288,
} as const;

const MECC_TOPICS = ['physical_health', 'alcohol', 'smoking', 'healthy_eating', 'sexual_health'];

const ACTIVITY_DESCRIPTIONS: Record<string, readonly string[]> = {
  income_generation: ['Grant application to a local charitable trust', 'Community fundraising coffee morning', 'Scoping a social enterprise cafe', 'Sponsored walk along the seafront'],
  awareness_event: ['Stall at the town wellbeing fair', 'World Mental Health Day drop-in', 'Talk to a local employers forum', 'Mental health awareness session at the library'],
  focus_group: ['Service user focus group on opening hours', 'Peer leader feedback session', 'Focus group on the referral form'],
  other: ['Visit from the commissioner', 'Joint session with a Live Well Kent partner', 'Volunteer celebration event'],
};

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function day(iso: string): number {
  const d = parseIsoDate(iso);
  if (d === undefined) throw new Error(`not a date: ${iso}`);
  return d;
}

export function* generatePeerSupportData(options: PeerSupportOptions): Generator<GeneratedRow> {
  const o = { ...DEFAULTS, ...options };
  const first = day(o.start);
  const last = day(o.end);
  const calendar = WorkingCalendar.forRegion('GB-ENG', [], civilFromDay(first).year, civilFromDay(last).year + 1);
  const random = new Random(o.seed);

  const nextWorkingDay = (d: number): number => {
    let next = d + 1;
    while (!calendar.isWorkingDay(next)) next++;
    return next;
  };
  /** The day n working days after d (0: d itself). */
  const addWorkingDays = (d: number, n: number): number => {
    let result = d;
    for (let i = 0; i < n; i++) result = nextWorkingDay(result);
    return result;
  };
  const gaps = o.staffingGaps.map((g) => ({ area: g.area, from: day(g.from), to: day(g.to) }));
  const shortStaffed = (area: string, d: number): boolean => gaps.some((g) => g.area === area && d >= g.from && d <= g.to);

  let referralSeq = 0;
  let clientSeq = 0;
  const perDay = o.referralsPerAreaPerYear / 365;
  for (let d = first; d <= last; d++) {
    // Referrals arrive mostly on working days.
    const rate = calendar.isWorkingDay(d) ? perDay * 1.35 : perDay * 0.2;
    for (const area of o.areas) {
      const count = random.poisson(rate);
      for (let i = 0; i < count; i++) {
        referralSeq++;
        // One referral in twenty is someone referred before.
        const client = clientSeq > 20 && random.chance(0.05) ? random.int(1, clientSeq) : ++clientSeq;
        yield* referral(referralSeq, client, area, d);
      }
    }
  }
  yield* peerLeaders(new Random((o.seed ^ 0x5bd1e995) >>> 0), o.areas, first, last);
  yield* activities(new Random((o.seed ^ 0x27d4eb2f) >>> 0), o.areas, first, last);

  function* referral(seq: number, client: number, area: string, referralDay: number): Generator<GeneratedRow> {
    const referralId = `R${pad(seq, 5)}`;
    const problems = o.dataQualityProblems;
    const gap = shortStaffed(area, referralDay);
    const contactable = random.chance(0.9);
    const ready = contactable && random.chance(0.75);

    // Contacts: attempts until someone answers (or three tries for those who never do).
    const contacts: Row[] = [];
    const lateFirst = random.chance(gap ? 0.25 : 0.015);
    let contactDay = addWorkingDays(referralDay, lateFirst ? random.int(3, 6) : Number(random.weighted({ 0: 0.3, 1: 0.45, 2: 0.25 })));
    if (!calendar.isWorkingDay(contactDay)) contactDay = nextWorkingDay(contactDay);
    let successDay: number | null = null;
    for (let attempt = 1; ; attempt++) {
      const answered = contactable && (attempt >= 4 || random.chance(attempt === 1 ? 0.55 : 0.7));
      contacts.push({ referral_id: referralId, contact_date: contactDay, outcome: answered ? 'successful' : 'attempted' });
      if (answered) {
        successDay = contactDay;
        break;
      }
      if (!contactable && attempt >= 3) break;
      contactDay = addWorkingDays(contactDay, random.chance(0.8) ? 1 : 2);
    }

    // Service start, sign-up, support plan, discharge.
    let serviceStart: number | null = null;
    if (ready && successDay !== null) {
      const r = random.next();
      const onTime = gap ? 0.7 : 0.86;
      if (r < onTime) serviceStart = Math.max(successDay, addWorkingDays(referralDay, random.int(1, 7)));
      else if (r < 0.96) serviceStart = Math.max(successDay, addWorkingDays(referralDay, random.int(8, 20)));
    } else if (contactable && successDay !== null && random.chance(0.15)) {
      serviceStart = addWorkingDays(referralDay, random.int(10, 40));
    }
    if (serviceStart !== null && serviceStart > last) serviceStart = null;
    const signUp = serviceStart !== null && random.chance(gap ? 0.35 : 0.62) ? serviceStart : null;
    const supportPlan =
      serviceStart !== null && random.chance(signUp !== null ? 0.985 : 0.3) ? Math.min(last, (signUp ?? serviceStart) + random.int(0, 14)) : null;
    const mecc = random.chance(signUp !== null ? 0.92 : 0.08) ? pickTopics() : [];
    let discharge: number | null = null;
    let droppedOut = false;
    if (serviceStart !== null) {
      droppedOut = random.chance(0.12);
      const weeks = droppedOut ? random.int(2, 5) : random.int(8, 24);
      discharge = serviceStart + weeks * 7 + random.int(0, 4);
      if (discharge > last) discharge = null;
    }

    // Contacts while in the service: sessions, calls, check-ins.
    if (serviceStart !== null) {
      const until = Math.min(discharge ?? last, last);
      const sessions = random.poisson(droppedOut ? 0.5 : 1.5);
      const sessionDays: number[] = [];
      for (let i = 0; i < sessions && until > serviceStart; i++) sessionDays.push(random.int(serviceStart, until));
      for (const at of sessionDays.sort((a, b) => a - b)) contacts.push({ referral_id: referralId, contact_date: at, outcome: 'successful' });
    }

    const referralRow: Row = {
      referral_id: referralId,
      client_id: `C${pad(client, 5)}`,
      area,
      referral_date: formatDay(referralDay),
      referral_source: random.weighted({ self: 0.35, primary_care: 0.3, secondary_care: 0.12, voluntary_sector: 0.15, other: 0.08 }),
      age_at_referral: Math.min(90, Math.max(17, Math.round(random.normal(42, 15)))),
      mental_health_need: random.weighted({ common: 0.71, severe_enduring: 0.28, none: 0.01 }),
      contactable,
      ready_to_engage: ready,
      sign_up_date: dayOrNull(signUp),
      service_start_date: dayOrNull(serviceStart),
      support_plan_date: dayOrNull(supportPlan),
      discharge_date: dayOrNull(discharge),
      mecc_topics: mecc,
    };

    // Wellbeing scales: at the start, at reviews, at the end.
    const wellbeing: Row[] = [];
    if (serviceStart !== null) {
      const baseline = random.normal(18, 4);
      const improvement = random.normal(3, 3.5);
      const end = discharge ?? last;
      const scale = (at: number, progress: number): void => {
        if (at > last) return;
        const raw = Math.min(35, Math.max(7, Math.round(baseline + improvement * progress + random.normal(0, 1.5))));
        wellbeing.push({ referral_id: referralId, assessment_date: formatDay(at), instrument: 'SWEMWBS', ...swemwbsItems(raw, random.chance(0.03)) });
      };
      if (random.chance(signUp !== null ? 0.99 : 0.85)) scale(serviceStart + random.int(0, 10), 0);
      for (let review = serviceStart + 42; review < end - 14; review += 42) {
        if (random.chance(0.5)) scale(review + random.int(0, 6), (review - serviceStart) / Math.max(1, end - serviceStart));
      }
      if (discharge !== null && random.chance(droppedOut ? 0.6 : 0.94)) scale(discharge - random.int(0, 3), 1);
    }

    // Exit survey at discharge.
    const surveys: Row[] = [];
    if (discharge !== null && random.chance(droppedOut ? 0.5 : 0.8)) {
      const surveyDay = discharge + random.int(0, 5);
      if (surveyDay <= last) surveys.push({ referral_id: referralId, survey_date: formatDay(surveyDay), fft_response: fftAnswer(surveyDay) });
    }

    if (problems) {
      if (seq === DATA_QUALITY_PROBLEMS.badReferralDate) {
        // Day and month typed the wrong way round, or a day the month does not have.
        const { year, month, day: dayOfMonth } = civilFromDay(referralDay);
        referralRow.referral_date =
          dayOfMonth > 12 ? `${year}-${pad(dayOfMonth, 2)}-${pad(month, 2)}` : `${year}-${pad(month, 2)}-${pad(daysInMonth(year, month) + 1, 2)}`;
      }
      if (seq === DATA_QUALITY_PROBLEMS.contactBeforeReferral) contacts[0].contact_date = referralDay - 3;
      if (seq === DATA_QUALITY_PROBLEMS.unknownArea) referralRow.area = 'Deal';
      if (seq === DATA_QUALITY_PROBLEMS.missingAge) referralRow.age_at_referral = null;
      if (seq === DATA_QUALITY_PROBLEMS.ineligibleAge) referralRow.age_at_referral = 16;
      if (seq === DATA_QUALITY_PROBLEMS.unknownReferralLink) {
        const typo = `RO${referralId.slice(2)}`;
        if (wellbeing.length > 0) wellbeing[0].referral_id = typo;
        else wellbeing.push({ referral_id: typo, assessment_date: formatDay(referralDay), instrument: 'SWEMWBS', ...swemwbsItems(20, false) });
      }
    }

    yield { dataset: 'referrals', row: referralRow };
    for (const c of contacts) yield { dataset: 'contacts', row: { ...c, contact_date: formatDay(c.contact_date as number) } };
    for (const w of wellbeing) yield { dataset: 'wellbeing', row: w };
    for (const s of surveys) yield { dataset: 'exit_surveys', row: s };
  }

  function pickTopics(): string[] {
    const wanted = random.weighted({ 1: 0.55, 2: 0.3, 3: 0.15 });
    const chosen = new Set<string>();
    while (chosen.size < Number(wanted)) chosen.add(random.pick(MECC_TOPICS));
    // In the spec's order, as a case system lists ticked boxes.
    return MECC_TOPICS.filter((t) => chosen.has(t));
  }

  /**
   * Seven items, 1 to 5, adding up to `raw`: each near the person's average, as answers to one
   * questionnaire are; one or two left blank when the scale was not finished.
   */
  function swemwbsItems(raw: number, incomplete: boolean): Row {
    const level = Math.floor(raw / 7);
    const items = [level, level, level, level, level, level, level];
    for (let extra = raw - level * 7; extra > 0; ) {
      const i = random.int(0, 6);
      if (items[i] < 5) {
        items[i]++;
        extra--;
      }
    }
    // Spread the answers a little without changing the total.
    for (let swaps = random.int(0, 3); swaps > 0; swaps--) {
      const up = random.int(0, 6);
      const down = random.int(0, 6);
      if (up !== down && items[up] < 5 && items[down] > 1) {
        items[up]++;
        items[down]--;
      }
    }
    const row: Row = {};
    const blanks = incomplete ? new Set([random.int(0, 6), random.int(0, 6)]) : new Set<number>();
    items.forEach((value, i) => (row[`item_${i + 1}`] = blanks.has(i) ? null : value));
    return row;
  }

  /** Most answers positive; until summer 2022 some surveys were still the old forms with the "how likely" scale. */
  function fftAnswer(surveyDay: number): string | null {
    if (random.chance(0.02)) return null;
    if (surveyDay < day('2022-07-01') && random.chance(0.35)) {
      return random.weighted({ extremely_likely: 0.72, likely: 0.25, neither_likely_nor_unlikely: 0.01, unlikely: 0.005, dont_know: 0.015 });
    }
    return random.weighted({ very_good: 0.79, good: 0.198, neither: 0.003, poor: 0.001, very_poor: 0.001, dont_know: 0.007 });
  }
}

function dayOrNull(d: number | null): string | null {
  return d === null ? null : formatDay(d);
}

/** Training courses finish every ten to fourteen weeks; a few trainees are still part way through. */
function* peerLeaders(random: Random, areas: readonly string[], first: number, last: number): Generator<GeneratedRow> {
  let seq = 0;
  for (const area of areas) {
    for (let course = first + random.int(35, 56); course <= last + 60; course += random.int(70, 98)) {
      const size = random.int(1, 4);
      for (let i = 0; i < size; i++) {
        seq++;
        const finished = course <= last && random.chance(0.92);
        yield { dataset: 'peer_leaders', row: { peer_leader_id: `PL${pad(seq, 3)}`, area, training_completed_date: finished ? formatDay(course) : null } };
      }
    }
  }
}

/** Per quarter and area: usually one income generation activity and one awareness event, some focus groups. */
function* activities(random: Random, areas: readonly string[], first: number, last: number): Generator<GeneratedRow> {
  let seq = 0;
  const quarterStarts: number[] = [];
  for (let d = first; d <= last; ) {
    quarterStarts.push(d);
    const { year, month } = civilFromDay(d);
    const next = month + 3;
    d = next > 12 ? day(`${year + 1}-${pad(next - 12, 2)}-01`) : day(`${year}-${pad(next, 2)}-01`);
  }
  for (const start of quarterStarts) {
    const end = Math.min(last, ...quarterStarts.filter((s) => s > start).map((s) => s - 1));
    for (const area of areas) {
      const planned: Array<[string, number]> = [];
      const add = (kind: string, n: number): void => {
        for (let i = 0; i < n; i++) planned.push([kind, random.int(start, end)]);
      };
      add('income_generation', (random.chance(0.85) ? 1 : 0) + (random.chance(0.3) ? 1 : 0));
      add('awareness_event', (random.chance(0.85) ? 1 : 0) + (random.chance(0.25) ? 1 : 0));
      add('focus_group', random.poisson(1));
      add('other', random.poisson(0.5));
      planned.sort((a, b) => a[1] - b[1]);
      for (const [kind, at] of planned) {
        seq++;
        yield {
          dataset: 'activities',
          row: { activity_id: `A${pad(seq, 4)}`, area, activity_date: formatDay(at), kind, description: random.pick(ACTIVITY_DESCRIPTIONS[kind]) },
        };
      }
    }
  }
}
