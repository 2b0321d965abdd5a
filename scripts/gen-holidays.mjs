// Generates src/data/bank-holidays.generated.ts: the GB regions' public holidays for a span of years,
// as date-holidays gives them. Importing date-holidays (with moment and moment-timezone) cost ~100 ms
// of every `servicespec check` start-up just to learn a few dozen dates; a generated table loads in
// well under a millisecond. date-holidays stays the source of truth: src/data/calendar.ts still asks
// it about years outside the span, and tests/data/bank-holidays.test.ts checks the table against it.
//
// `node scripts/gen-holidays.mjs --check` exits 1 when the committed file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import Holidays from 'date-holidays';

export const OUT = 'src/data/bank-holidays.generated.ts';
export const REGIONS = ['GB-ENG', 'GB-WLS', 'GB-SCT', 'GB-NIR'];
/** Contracts run a few years either side of today; wider spans only make the file longer. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2045;

const root = new URL('../', import.meta.url);
const libraryVersion = createRequire(import.meta.url)('date-holidays/package.json').version;

/** A JavaScript template literal holding `text` unchanged. */
const templateLiteral = (text) => `\`${text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${')}\``;

/** One region's public holidays, one "YYYY-MM-DD name" a line, year by year in date-holidays' order. */
function linesOf(region) {
  const holidays = new Holidays('GB', region.slice(3));
  const lines = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    for (const holiday of holidays.getHolidays(year)) {
      // the same choice src/data/calendar.ts makes of a live answer
      if (holiday.type !== 'public') continue;
      const date = holiday.date.slice(0, 10);
      // calendar.ts finds a year's holidays by the year of their dates
      if (!date.startsWith(`${year}-`)) throw new Error(`${region} ${year}: date-holidays gave ${date}, outside the year`);
      if (holiday.name.includes('\n')) throw new Error(`${region} ${date}: a holiday name with a line break`);
      lines.push(`${date} ${holiday.name}`);
    }
  }
  return lines;
}

/** The text of the generated module. */
export function generate() {
  const regions = REGIONS.map((region) => `  '${region}': ${templateLiteral(`\n${linesOf(region).join('\n')}\n`)},`);
  return [
    `/* Generated from date-holidays ${libraryVersion} by scripts/gen-holidays.mjs. Do not edit: run \`npm run gen:holidays\`. */`,
    '',
    '/** The years the table covers, inclusive; src/data/calendar.ts asks date-holidays about any other year. */',
    `export const BANK_HOLIDAY_TABLE_FIRST_YEAR = ${FIRST_YEAR};`,
    `export const BANK_HOLIDAY_TABLE_LAST_YEAR = ${LAST_YEAR};`,
    '',
    "/** Each region's public holidays of those years: one \"YYYY-MM-DD name\" a line, in date-holidays' order. */",
    "export const PUBLIC_HOLIDAY_LINES: Readonly<Record<'GB-ENG' | 'GB-WLS' | 'GB-SCT' | 'GB-NIR', string>> = {",
    ...regions,
    '};',
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const generated = generate();
  const outPath = new URL(OUT, root);
  const current = await readFile(outPath, 'utf8').catch(() => '');
  if (current !== generated) {
    if (process.argv.includes('--check')) {
      console.error(`${OUT} is stale: run \`npm run gen:holidays\`.`);
      process.exit(1);
    }
    await writeFile(outPath, generated);
  }
}
