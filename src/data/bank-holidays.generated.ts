/* Generated from date-holidays 3.37.0 by scripts/gen-holidays.mjs. Do not edit: run `npm run gen:holidays`. */

/** The years the table covers, inclusive; src/data/calendar.ts asks date-holidays about any other year. */
export const BANK_HOLIDAY_TABLE_FIRST_YEAR = 2000;
export const BANK_HOLIDAY_TABLE_LAST_YEAR = 2045;

/** Each region's public holidays of those years: one "YYYY-MM-DD name" a line, in date-holidays' order. */
export const PUBLIC_HOLIDAY_LINES: Readonly<Record<'GB-ENG' | 'GB-WLS' | 'GB-SCT' | 'GB-NIR', string>> = {
  'GB-ENG': `
2000-01-01 New Year's Day
2000-01-03 New Year's Day (substitute day)
2000-04-21 Good Friday
2000-04-24 Easter Monday
2000-05-01 Early May bank holiday
2000-05-29 Spring bank holiday
2000-08-28 Summer bank holiday
2000-12-25 Christmas Day
2000-12-26 Boxing Day
2001-01-01 New Year's Day
2001-04-13 Good Friday
2001-04-16 Easter Monday
2001-05-07 Early May bank holiday
2001-05-28 Spring bank holiday
2001-08-27 Summer bank holiday
2001-12-25 Christmas Day
2001-12-26 Boxing Day
2002-01-01 New Year's Day
2002-03-29 Good Friday
2002-04-01 Easter Monday
2002-05-06 Early May bank holiday
2002-05-27 Spring bank holiday
2002-08-26 Summer bank holiday
2002-12-25 Christmas Day
2002-12-26 Boxing Day
2003-01-01 New Year's Day
2003-04-18 Good Friday
2003-04-21 Easter Monday
2003-05-05 Early May bank holiday
2003-05-26 Spring bank holiday
2003-08-25 Summer bank holiday
2003-12-25 Christmas Day
2003-12-26 Boxing Day
2004-01-01 New Year's Day
2004-04-09 Good Friday
2004-04-12 Easter Monday
2004-05-03 Early May bank holiday
2004-05-31 Spring bank holiday
2004-08-30 Summer bank holiday
2004-12-25 Christmas Day
2004-12-26 Boxing Day
2004-12-27 Christmas Day (substitute day)
2004-12-28 Boxing Day (substitute day)
2005-01-01 New Year's Day
2005-01-03 New Year's Day (substitute day)
2005-03-25 Good Friday
2005-03-28 Easter Monday
2005-05-02 Early May bank holiday
2005-05-30 Spring bank holiday
2005-08-29 Summer bank holiday
2005-12-25 Christmas Day
2005-12-26 Boxing Day
2005-12-27 Christmas Day (substitute day)
2006-01-01 New Year's Day
2006-01-02 New Year's Day (substitute day)
2006-04-14 Good Friday
2006-04-17 Easter Monday
2006-05-01 Early May bank holiday
2006-05-29 Spring bank holiday
2006-08-28 Summer bank holiday
2006-12-25 Christmas Day
2006-12-26 Boxing Day
2007-01-01 New Year's Day
2007-04-06 Good Friday
2007-04-09 Easter Monday
2007-05-07 Early May bank holiday
2007-05-28 Spring bank holiday
2007-08-27 Summer bank holiday
2007-12-25 Christmas Day
2007-12-26 Boxing Day
2008-01-01 New Year's Day
2008-03-21 Good Friday
2008-03-24 Easter Monday
2008-05-05 Early May bank holiday
2008-05-26 Spring bank holiday
2008-08-25 Summer bank holiday
2008-12-25 Christmas Day
2008-12-26 Boxing Day
2009-01-01 New Year's Day
2009-04-10 Good Friday
2009-04-13 Easter Monday
2009-05-04 Early May bank holiday
2009-05-25 Spring bank holiday
2009-08-31 Summer bank holiday
2009-12-25 Christmas Day
2009-12-26 Boxing Day
2009-12-28 Boxing Day (substitute day)
2010-01-01 New Year's Day
2010-04-02 Good Friday
2010-04-05 Easter Monday
2010-05-03 Early May bank holiday
2010-05-31 Spring bank holiday
2010-08-30 Summer bank holiday
2010-12-25 Christmas Day
2010-12-26 Boxing Day
2010-12-27 Christmas Day (substitute day)
2010-12-28 Boxing Day (substitute day)
2011-01-01 New Year's Day
2011-01-03 New Year's Day (substitute day)
2011-04-22 Good Friday
2011-04-25 Easter Monday
2011-05-02 Early May bank holiday
2011-05-30 Spring bank holiday
2011-08-29 Summer bank holiday
2011-12-25 Christmas Day
2011-12-26 Boxing Day
2011-12-27 Christmas Day (substitute day)
2012-01-01 New Year's Day
2012-01-02 New Year's Day (substitute day)
2012-04-06 Good Friday
2012-04-09 Easter Monday
2012-05-07 Early May bank holiday
2012-05-28 Spring bank holiday
2012-06-05 Queen’s Diamond Jubilee
2012-08-27 Summer bank holiday
2012-12-25 Christmas Day
2012-12-26 Boxing Day
2013-01-01 New Year's Day
2013-03-29 Good Friday
2013-04-01 Easter Monday
2013-05-06 Early May bank holiday
2013-05-27 Spring bank holiday
2013-08-26 Summer bank holiday
2013-12-25 Christmas Day
2013-12-26 Boxing Day
2014-01-01 New Year's Day
2014-04-18 Good Friday
2014-04-21 Easter Monday
2014-05-05 Early May bank holiday
2014-05-26 Spring bank holiday
2014-08-25 Summer bank holiday
2014-12-25 Christmas Day
2014-12-26 Boxing Day
2015-01-01 New Year's Day
2015-04-03 Good Friday
2015-04-06 Easter Monday
2015-05-04 Early May bank holiday
2015-05-25 Spring bank holiday
2015-08-31 Summer bank holiday
2015-12-25 Christmas Day
2015-12-26 Boxing Day
2015-12-28 Boxing Day (substitute day)
2016-01-01 New Year's Day
2016-03-25 Good Friday
2016-03-28 Easter Monday
2016-05-02 Early May bank holiday
2016-05-30 Spring bank holiday
2016-08-29 Summer bank holiday
2016-12-25 Christmas Day
2016-12-26 Boxing Day
2016-12-27 Christmas Day (substitute day)
2017-01-01 New Year's Day
2017-01-02 New Year's Day (substitute day)
2017-04-14 Good Friday
2017-04-17 Easter Monday
2017-05-01 Early May bank holiday
2017-05-29 Spring bank holiday
2017-08-28 Summer bank holiday
2017-12-25 Christmas Day
2017-12-26 Boxing Day
2018-01-01 New Year's Day
2018-03-30 Good Friday
2018-04-02 Easter Monday
2018-05-07 Early May bank holiday
2018-05-28 Spring bank holiday
2018-08-27 Summer bank holiday
2018-12-25 Christmas Day
2018-12-26 Boxing Day
2019-01-01 New Year's Day
2019-04-19 Good Friday
2019-04-22 Easter Monday
2019-05-06 Early May bank holiday
2019-05-27 Spring bank holiday
2019-08-26 Summer bank holiday
2019-12-25 Christmas Day
2019-12-26 Boxing Day
2020-01-01 New Year's Day
2020-04-10 Good Friday
2020-04-13 Easter Monday
2020-05-08 Early May bank holiday (VE day)
2020-05-25 Spring bank holiday
2020-08-31 Summer bank holiday
2020-12-25 Christmas Day
2020-12-26 Boxing Day
2020-12-28 Boxing Day (substitute day)
2021-01-01 New Year's Day
2021-04-02 Good Friday
2021-04-05 Easter Monday
2021-05-03 Early May bank holiday
2021-05-31 Spring bank holiday
2021-08-30 Summer bank holiday
2021-12-25 Christmas Day
2021-12-26 Boxing Day
2021-12-27 Christmas Day (substitute day)
2021-12-28 Boxing Day (substitute day)
2022-01-01 New Year's Day
2022-01-03 New Year's Day (substitute day)
2022-04-15 Good Friday
2022-04-18 Easter Monday
2022-05-02 Early May bank holiday
2022-06-02 Spring bank holiday
2022-06-03 Queen’s Platinum Jubilee
2022-08-29 Summer bank holiday
2022-09-19 Queen Elizabeth's Funeral Day
2022-12-25 Christmas Day
2022-12-26 Boxing Day
2022-12-27 Christmas Day (substitute day)
2023-01-01 New Year's Day
2023-01-02 New Year's Day (substitute day)
2023-04-07 Good Friday
2023-04-10 Easter Monday
2023-05-01 Early May bank holiday
2023-05-08 King Charles III's Coronation
2023-05-29 Spring bank holiday
2023-08-28 Summer bank holiday
2023-12-25 Christmas Day
2023-12-26 Boxing Day
2024-01-01 New Year's Day
2024-03-29 Good Friday
2024-04-01 Easter Monday
2024-05-06 Early May bank holiday
2024-05-27 Spring bank holiday
2024-08-26 Summer bank holiday
2024-12-25 Christmas Day
2024-12-26 Boxing Day
2025-01-01 New Year's Day
2025-04-18 Good Friday
2025-04-21 Easter Monday
2025-05-05 Early May bank holiday
2025-05-26 Spring bank holiday
2025-08-25 Summer bank holiday
2025-12-25 Christmas Day
2025-12-26 Boxing Day
2026-01-01 New Year's Day
2026-04-03 Good Friday
2026-04-06 Easter Monday
2026-05-04 Early May bank holiday
2026-05-25 Spring bank holiday
2026-08-31 Summer bank holiday
2026-12-25 Christmas Day
2026-12-26 Boxing Day
2026-12-28 Boxing Day (substitute day)
2027-01-01 New Year's Day
2027-03-26 Good Friday
2027-03-29 Easter Monday
2027-05-03 Early May bank holiday
2027-05-31 Spring bank holiday
2027-08-30 Summer bank holiday
2027-12-25 Christmas Day
2027-12-26 Boxing Day
2027-12-27 Christmas Day (substitute day)
2027-12-28 Boxing Day (substitute day)
2028-01-01 New Year's Day
2028-01-03 New Year's Day (substitute day)
2028-04-14 Good Friday
2028-04-17 Easter Monday
2028-05-01 Early May bank holiday
2028-05-29 Spring bank holiday
2028-08-28 Summer bank holiday
2028-12-25 Christmas Day
2028-12-26 Boxing Day
2029-01-01 New Year's Day
2029-03-30 Good Friday
2029-04-02 Easter Monday
2029-05-07 Early May bank holiday
2029-05-28 Spring bank holiday
2029-08-27 Summer bank holiday
2029-12-25 Christmas Day
2029-12-26 Boxing Day
2030-01-01 New Year's Day
2030-04-19 Good Friday
2030-04-22 Easter Monday
2030-05-06 Early May bank holiday
2030-05-27 Spring bank holiday
2030-08-26 Summer bank holiday
2030-12-25 Christmas Day
2030-12-26 Boxing Day
2031-01-01 New Year's Day
2031-04-11 Good Friday
2031-04-14 Easter Monday
2031-05-05 Early May bank holiday
2031-05-26 Spring bank holiday
2031-08-25 Summer bank holiday
2031-12-25 Christmas Day
2031-12-26 Boxing Day
2032-01-01 New Year's Day
2032-03-26 Good Friday
2032-03-29 Easter Monday
2032-05-03 Early May bank holiday
2032-05-31 Spring bank holiday
2032-08-30 Summer bank holiday
2032-12-25 Christmas Day
2032-12-26 Boxing Day
2032-12-27 Christmas Day (substitute day)
2032-12-28 Boxing Day (substitute day)
2033-01-01 New Year's Day
2033-01-03 New Year's Day (substitute day)
2033-04-15 Good Friday
2033-04-18 Easter Monday
2033-05-02 Early May bank holiday
2033-05-30 Spring bank holiday
2033-08-29 Summer bank holiday
2033-12-25 Christmas Day
2033-12-26 Boxing Day
2033-12-27 Christmas Day (substitute day)
2034-01-01 New Year's Day
2034-01-02 New Year's Day (substitute day)
2034-04-07 Good Friday
2034-04-10 Easter Monday
2034-05-01 Early May bank holiday
2034-05-29 Spring bank holiday
2034-08-28 Summer bank holiday
2034-12-25 Christmas Day
2034-12-26 Boxing Day
2035-01-01 New Year's Day
2035-03-23 Good Friday
2035-03-26 Easter Monday
2035-05-07 Early May bank holiday
2035-05-28 Spring bank holiday
2035-08-27 Summer bank holiday
2035-12-25 Christmas Day
2035-12-26 Boxing Day
2036-01-01 New Year's Day
2036-04-11 Good Friday
2036-04-14 Easter Monday
2036-05-05 Early May bank holiday
2036-05-26 Spring bank holiday
2036-08-25 Summer bank holiday
2036-12-25 Christmas Day
2036-12-26 Boxing Day
2037-01-01 New Year's Day
2037-04-03 Good Friday
2037-04-06 Easter Monday
2037-05-04 Early May bank holiday
2037-05-25 Spring bank holiday
2037-08-31 Summer bank holiday
2037-12-25 Christmas Day
2037-12-26 Boxing Day
2037-12-28 Boxing Day (substitute day)
2038-01-01 New Year's Day
2038-04-23 Good Friday
2038-04-26 Easter Monday
2038-05-03 Early May bank holiday
2038-05-31 Spring bank holiday
2038-08-30 Summer bank holiday
2038-12-25 Christmas Day
2038-12-26 Boxing Day
2038-12-27 Christmas Day (substitute day)
2038-12-28 Boxing Day (substitute day)
2039-01-01 New Year's Day
2039-01-03 New Year's Day (substitute day)
2039-04-08 Good Friday
2039-04-11 Easter Monday
2039-05-02 Early May bank holiday
2039-05-30 Spring bank holiday
2039-08-29 Summer bank holiday
2039-12-25 Christmas Day
2039-12-26 Boxing Day
2039-12-27 Christmas Day (substitute day)
2040-01-01 New Year's Day
2040-01-02 New Year's Day (substitute day)
2040-03-30 Good Friday
2040-04-02 Easter Monday
2040-05-07 Early May bank holiday
2040-05-28 Spring bank holiday
2040-08-27 Summer bank holiday
2040-12-25 Christmas Day
2040-12-26 Boxing Day
2041-01-01 New Year's Day
2041-04-19 Good Friday
2041-04-22 Easter Monday
2041-05-06 Early May bank holiday
2041-05-27 Spring bank holiday
2041-08-26 Summer bank holiday
2041-12-25 Christmas Day
2041-12-26 Boxing Day
2042-01-01 New Year's Day
2042-04-04 Good Friday
2042-04-07 Easter Monday
2042-05-05 Early May bank holiday
2042-05-26 Spring bank holiday
2042-08-25 Summer bank holiday
2042-12-25 Christmas Day
2042-12-26 Boxing Day
2043-01-01 New Year's Day
2043-03-27 Good Friday
2043-03-30 Easter Monday
2043-05-04 Early May bank holiday
2043-05-25 Spring bank holiday
2043-08-31 Summer bank holiday
2043-12-25 Christmas Day
2043-12-26 Boxing Day
2043-12-28 Boxing Day (substitute day)
2044-01-01 New Year's Day
2044-04-15 Good Friday
2044-04-18 Easter Monday
2044-05-02 Early May bank holiday
2044-05-30 Spring bank holiday
2044-08-29 Summer bank holiday
2044-12-25 Christmas Day
2044-12-26 Boxing Day
2044-12-27 Christmas Day (substitute day)
2045-01-01 New Year's Day
2045-01-02 New Year's Day (substitute day)
2045-04-07 Good Friday
2045-04-10 Easter Monday
2045-05-01 Early May bank holiday
2045-05-29 Spring bank holiday
2045-08-28 Summer bank holiday
2045-12-25 Christmas Day
2045-12-26 Boxing Day
`,
  'GB-WLS': `
2000-01-01 New Year's Day
2000-01-03 New Year's Day (substitute day)
2000-04-21 Good Friday
2000-04-24 Easter Monday
2000-05-01 Early May bank holiday
2000-05-29 Spring bank holiday
2000-08-28 Summer bank holiday
2000-12-25 Christmas Day
2000-12-26 Boxing Day
2001-01-01 New Year's Day
2001-04-13 Good Friday
2001-04-16 Easter Monday
2001-05-07 Early May bank holiday
2001-05-28 Spring bank holiday
2001-08-27 Summer bank holiday
2001-12-25 Christmas Day
2001-12-26 Boxing Day
2002-01-01 New Year's Day
2002-03-29 Good Friday
2002-04-01 Easter Monday
2002-05-06 Early May bank holiday
2002-05-27 Spring bank holiday
2002-08-26 Summer bank holiday
2002-12-25 Christmas Day
2002-12-26 Boxing Day
2003-01-01 New Year's Day
2003-04-18 Good Friday
2003-04-21 Easter Monday
2003-05-05 Early May bank holiday
2003-05-26 Spring bank holiday
2003-08-25 Summer bank holiday
2003-12-25 Christmas Day
2003-12-26 Boxing Day
2004-01-01 New Year's Day
2004-04-09 Good Friday
2004-04-12 Easter Monday
2004-05-03 Early May bank holiday
2004-05-31 Spring bank holiday
2004-08-30 Summer bank holiday
2004-12-25 Christmas Day
2004-12-26 Boxing Day
2004-12-27 Christmas Day (substitute day)
2004-12-28 Boxing Day (substitute day)
2005-01-01 New Year's Day
2005-01-03 New Year's Day (substitute day)
2005-03-25 Good Friday
2005-03-28 Easter Monday
2005-05-02 Early May bank holiday
2005-05-30 Spring bank holiday
2005-08-29 Summer bank holiday
2005-12-25 Christmas Day
2005-12-26 Boxing Day
2005-12-27 Christmas Day (substitute day)
2006-01-01 New Year's Day
2006-01-02 New Year's Day (substitute day)
2006-04-14 Good Friday
2006-04-17 Easter Monday
2006-05-01 Early May bank holiday
2006-05-29 Spring bank holiday
2006-08-28 Summer bank holiday
2006-12-25 Christmas Day
2006-12-26 Boxing Day
2007-01-01 New Year's Day
2007-04-06 Good Friday
2007-04-09 Easter Monday
2007-05-07 Early May bank holiday
2007-05-28 Spring bank holiday
2007-08-27 Summer bank holiday
2007-12-25 Christmas Day
2007-12-26 Boxing Day
2008-01-01 New Year's Day
2008-03-21 Good Friday
2008-03-24 Easter Monday
2008-05-05 Early May bank holiday
2008-05-26 Spring bank holiday
2008-08-25 Summer bank holiday
2008-12-25 Christmas Day
2008-12-26 Boxing Day
2009-01-01 New Year's Day
2009-04-10 Good Friday
2009-04-13 Easter Monday
2009-05-04 Early May bank holiday
2009-05-25 Spring bank holiday
2009-08-31 Summer bank holiday
2009-12-25 Christmas Day
2009-12-26 Boxing Day
2009-12-28 Boxing Day (substitute day)
2010-01-01 New Year's Day
2010-04-02 Good Friday
2010-04-05 Easter Monday
2010-05-03 Early May bank holiday
2010-05-31 Spring bank holiday
2010-08-30 Summer bank holiday
2010-12-25 Christmas Day
2010-12-26 Boxing Day
2010-12-27 Christmas Day (substitute day)
2010-12-28 Boxing Day (substitute day)
2011-01-01 New Year's Day
2011-01-03 New Year's Day (substitute day)
2011-04-22 Good Friday
2011-04-25 Easter Monday
2011-05-02 Early May bank holiday
2011-05-30 Spring bank holiday
2011-08-29 Summer bank holiday
2011-12-25 Christmas Day
2011-12-26 Boxing Day
2011-12-27 Christmas Day (substitute day)
2012-01-01 New Year's Day
2012-01-02 New Year's Day (substitute day)
2012-04-06 Good Friday
2012-04-09 Easter Monday
2012-05-07 Early May bank holiday
2012-05-28 Spring bank holiday
2012-06-05 Queen’s Diamond Jubilee
2012-08-27 Summer bank holiday
2012-12-25 Christmas Day
2012-12-26 Boxing Day
2013-01-01 New Year's Day
2013-03-29 Good Friday
2013-04-01 Easter Monday
2013-05-06 Early May bank holiday
2013-05-27 Spring bank holiday
2013-08-26 Summer bank holiday
2013-12-25 Christmas Day
2013-12-26 Boxing Day
2014-01-01 New Year's Day
2014-04-18 Good Friday
2014-04-21 Easter Monday
2014-05-05 Early May bank holiday
2014-05-26 Spring bank holiday
2014-08-25 Summer bank holiday
2014-12-25 Christmas Day
2014-12-26 Boxing Day
2015-01-01 New Year's Day
2015-04-03 Good Friday
2015-04-06 Easter Monday
2015-05-04 Early May bank holiday
2015-05-25 Spring bank holiday
2015-08-31 Summer bank holiday
2015-12-25 Christmas Day
2015-12-26 Boxing Day
2015-12-28 Boxing Day (substitute day)
2016-01-01 New Year's Day
2016-03-25 Good Friday
2016-03-28 Easter Monday
2016-05-02 Early May bank holiday
2016-05-30 Spring bank holiday
2016-08-29 Summer bank holiday
2016-12-25 Christmas Day
2016-12-26 Boxing Day
2016-12-27 Christmas Day (substitute day)
2017-01-01 New Year's Day
2017-01-02 New Year's Day (substitute day)
2017-04-14 Good Friday
2017-04-17 Easter Monday
2017-05-01 Early May bank holiday
2017-05-29 Spring bank holiday
2017-08-28 Summer bank holiday
2017-12-25 Christmas Day
2017-12-26 Boxing Day
2018-01-01 New Year's Day
2018-03-30 Good Friday
2018-04-02 Easter Monday
2018-05-07 Early May bank holiday
2018-05-28 Spring bank holiday
2018-08-27 Summer bank holiday
2018-12-25 Christmas Day
2018-12-26 Boxing Day
2019-01-01 New Year's Day
2019-04-19 Good Friday
2019-04-22 Easter Monday
2019-05-06 Early May bank holiday
2019-05-27 Spring bank holiday
2019-08-26 Summer bank holiday
2019-12-25 Christmas Day
2019-12-26 Boxing Day
2020-01-01 New Year's Day
2020-04-10 Good Friday
2020-04-13 Easter Monday
2020-05-08 Early May bank holiday (VE day)
2020-05-25 Spring bank holiday
2020-08-31 Summer bank holiday
2020-12-25 Christmas Day
2020-12-26 Boxing Day
2020-12-28 Boxing Day (substitute day)
2021-01-01 New Year's Day
2021-04-02 Good Friday
2021-04-05 Easter Monday
2021-05-03 Early May bank holiday
2021-05-31 Spring bank holiday
2021-08-30 Summer bank holiday
2021-12-25 Christmas Day
2021-12-26 Boxing Day
2021-12-27 Christmas Day (substitute day)
2021-12-28 Boxing Day (substitute day)
2022-01-01 New Year's Day
2022-01-03 New Year's Day (substitute day)
2022-04-15 Good Friday
2022-04-18 Easter Monday
2022-05-02 Early May bank holiday
2022-06-02 Spring bank holiday
2022-06-03 Queen’s Platinum Jubilee
2022-08-29 Summer bank holiday
2022-09-19 Queen Elizabeth's Funeral Day
2022-12-25 Christmas Day
2022-12-26 Boxing Day
2022-12-27 Christmas Day (substitute day)
2023-01-01 New Year's Day
2023-01-02 New Year's Day (substitute day)
2023-04-07 Good Friday
2023-04-10 Easter Monday
2023-05-01 Early May bank holiday
2023-05-08 King Charles III's Coronation
2023-05-29 Spring bank holiday
2023-08-28 Summer bank holiday
2023-12-25 Christmas Day
2023-12-26 Boxing Day
2024-01-01 New Year's Day
2024-03-29 Good Friday
2024-04-01 Easter Monday
2024-05-06 Early May bank holiday
2024-05-27 Spring bank holiday
2024-08-26 Summer bank holiday
2024-12-25 Christmas Day
2024-12-26 Boxing Day
2025-01-01 New Year's Day
2025-04-18 Good Friday
2025-04-21 Easter Monday
2025-05-05 Early May bank holiday
2025-05-26 Spring bank holiday
2025-08-25 Summer bank holiday
2025-12-25 Christmas Day
2025-12-26 Boxing Day
2026-01-01 New Year's Day
2026-04-03 Good Friday
2026-04-06 Easter Monday
2026-05-04 Early May bank holiday
2026-05-25 Spring bank holiday
2026-08-31 Summer bank holiday
2026-12-25 Christmas Day
2026-12-26 Boxing Day
2026-12-28 Boxing Day (substitute day)
2027-01-01 New Year's Day
2027-03-26 Good Friday
2027-03-29 Easter Monday
2027-05-03 Early May bank holiday
2027-05-31 Spring bank holiday
2027-08-30 Summer bank holiday
2027-12-25 Christmas Day
2027-12-26 Boxing Day
2027-12-27 Christmas Day (substitute day)
2027-12-28 Boxing Day (substitute day)
2028-01-01 New Year's Day
2028-01-03 New Year's Day (substitute day)
2028-04-14 Good Friday
2028-04-17 Easter Monday
2028-05-01 Early May bank holiday
2028-05-29 Spring bank holiday
2028-08-28 Summer bank holiday
2028-12-25 Christmas Day
2028-12-26 Boxing Day
2029-01-01 New Year's Day
2029-03-30 Good Friday
2029-04-02 Easter Monday
2029-05-07 Early May bank holiday
2029-05-28 Spring bank holiday
2029-08-27 Summer bank holiday
2029-12-25 Christmas Day
2029-12-26 Boxing Day
2030-01-01 New Year's Day
2030-04-19 Good Friday
2030-04-22 Easter Monday
2030-05-06 Early May bank holiday
2030-05-27 Spring bank holiday
2030-08-26 Summer bank holiday
2030-12-25 Christmas Day
2030-12-26 Boxing Day
2031-01-01 New Year's Day
2031-04-11 Good Friday
2031-04-14 Easter Monday
2031-05-05 Early May bank holiday
2031-05-26 Spring bank holiday
2031-08-25 Summer bank holiday
2031-12-25 Christmas Day
2031-12-26 Boxing Day
2032-01-01 New Year's Day
2032-03-26 Good Friday
2032-03-29 Easter Monday
2032-05-03 Early May bank holiday
2032-05-31 Spring bank holiday
2032-08-30 Summer bank holiday
2032-12-25 Christmas Day
2032-12-26 Boxing Day
2032-12-27 Christmas Day (substitute day)
2032-12-28 Boxing Day (substitute day)
2033-01-01 New Year's Day
2033-01-03 New Year's Day (substitute day)
2033-04-15 Good Friday
2033-04-18 Easter Monday
2033-05-02 Early May bank holiday
2033-05-30 Spring bank holiday
2033-08-29 Summer bank holiday
2033-12-25 Christmas Day
2033-12-26 Boxing Day
2033-12-27 Christmas Day (substitute day)
2034-01-01 New Year's Day
2034-01-02 New Year's Day (substitute day)
2034-04-07 Good Friday
2034-04-10 Easter Monday
2034-05-01 Early May bank holiday
2034-05-29 Spring bank holiday
2034-08-28 Summer bank holiday
2034-12-25 Christmas Day
2034-12-26 Boxing Day
2035-01-01 New Year's Day
2035-03-23 Good Friday
2035-03-26 Easter Monday
2035-05-07 Early May bank holiday
2035-05-28 Spring bank holiday
2035-08-27 Summer bank holiday
2035-12-25 Christmas Day
2035-12-26 Boxing Day
2036-01-01 New Year's Day
2036-04-11 Good Friday
2036-04-14 Easter Monday
2036-05-05 Early May bank holiday
2036-05-26 Spring bank holiday
2036-08-25 Summer bank holiday
2036-12-25 Christmas Day
2036-12-26 Boxing Day
2037-01-01 New Year's Day
2037-04-03 Good Friday
2037-04-06 Easter Monday
2037-05-04 Early May bank holiday
2037-05-25 Spring bank holiday
2037-08-31 Summer bank holiday
2037-12-25 Christmas Day
2037-12-26 Boxing Day
2037-12-28 Boxing Day (substitute day)
2038-01-01 New Year's Day
2038-04-23 Good Friday
2038-04-26 Easter Monday
2038-05-03 Early May bank holiday
2038-05-31 Spring bank holiday
2038-08-30 Summer bank holiday
2038-12-25 Christmas Day
2038-12-26 Boxing Day
2038-12-27 Christmas Day (substitute day)
2038-12-28 Boxing Day (substitute day)
2039-01-01 New Year's Day
2039-01-03 New Year's Day (substitute day)
2039-04-08 Good Friday
2039-04-11 Easter Monday
2039-05-02 Early May bank holiday
2039-05-30 Spring bank holiday
2039-08-29 Summer bank holiday
2039-12-25 Christmas Day
2039-12-26 Boxing Day
2039-12-27 Christmas Day (substitute day)
2040-01-01 New Year's Day
2040-01-02 New Year's Day (substitute day)
2040-03-30 Good Friday
2040-04-02 Easter Monday
2040-05-07 Early May bank holiday
2040-05-28 Spring bank holiday
2040-08-27 Summer bank holiday
2040-12-25 Christmas Day
2040-12-26 Boxing Day
2041-01-01 New Year's Day
2041-04-19 Good Friday
2041-04-22 Easter Monday
2041-05-06 Early May bank holiday
2041-05-27 Spring bank holiday
2041-08-26 Summer bank holiday
2041-12-25 Christmas Day
2041-12-26 Boxing Day
2042-01-01 New Year's Day
2042-04-04 Good Friday
2042-04-07 Easter Monday
2042-05-05 Early May bank holiday
2042-05-26 Spring bank holiday
2042-08-25 Summer bank holiday
2042-12-25 Christmas Day
2042-12-26 Boxing Day
2043-01-01 New Year's Day
2043-03-27 Good Friday
2043-03-30 Easter Monday
2043-05-04 Early May bank holiday
2043-05-25 Spring bank holiday
2043-08-31 Summer bank holiday
2043-12-25 Christmas Day
2043-12-26 Boxing Day
2043-12-28 Boxing Day (substitute day)
2044-01-01 New Year's Day
2044-04-15 Good Friday
2044-04-18 Easter Monday
2044-05-02 Early May bank holiday
2044-05-30 Spring bank holiday
2044-08-29 Summer bank holiday
2044-12-25 Christmas Day
2044-12-26 Boxing Day
2044-12-27 Christmas Day (substitute day)
2045-01-01 New Year's Day
2045-01-02 New Year's Day (substitute day)
2045-04-07 Good Friday
2045-04-10 Easter Monday
2045-05-01 Early May bank holiday
2045-05-29 Spring bank holiday
2045-08-28 Summer bank holiday
2045-12-25 Christmas Day
2045-12-26 Boxing Day
`,
  'GB-SCT': `
2000-01-01 New Year's Day
2000-01-02 January 2nd
2000-01-03 January 2nd (substitute day)
2000-01-04 New Year's Day (substitute day)
2000-04-21 Good Friday
2000-05-01 Early May bank holiday
2000-05-29 Spring bank holiday
2000-08-07 Summer bank holiday
2000-11-30 St Andrew’s Day
2000-12-25 Christmas Day
2000-12-26 Boxing Day
2001-01-01 New Year's Day
2001-01-02 January 2nd
2001-04-13 Good Friday
2001-05-07 Early May bank holiday
2001-05-28 Spring bank holiday
2001-08-06 Summer bank holiday
2001-11-30 St Andrew’s Day
2001-12-25 Christmas Day
2001-12-26 Boxing Day
2002-01-01 New Year's Day
2002-01-02 January 2nd
2002-03-29 Good Friday
2002-05-06 Early May bank holiday
2002-05-27 Spring bank holiday
2002-08-05 Summer bank holiday
2002-11-30 St Andrew’s Day
2002-12-02 St Andrew’s Day (substitute day)
2002-12-25 Christmas Day
2002-12-26 Boxing Day
2003-01-01 New Year's Day
2003-01-02 January 2nd
2003-04-18 Good Friday
2003-05-05 Early May bank holiday
2003-05-26 Spring bank holiday
2003-08-04 Summer bank holiday
2003-11-30 St Andrew’s Day
2003-12-01 St Andrew’s Day (substitute day)
2003-12-25 Christmas Day
2003-12-26 Boxing Day
2004-01-01 New Year's Day
2004-01-02 January 2nd
2004-04-09 Good Friday
2004-05-03 Early May bank holiday
2004-05-31 Spring bank holiday
2004-08-02 Summer bank holiday
2004-11-30 St Andrew’s Day
2004-12-25 Christmas Day
2004-12-26 Boxing Day
2004-12-27 Christmas Day (substitute day)
2004-12-28 Boxing Day (substitute day)
2005-01-01 New Year's Day
2005-01-02 January 2nd
2005-01-03 January 2nd (substitute day)
2005-01-04 New Year's Day (substitute day)
2005-03-25 Good Friday
2005-05-02 Early May bank holiday
2005-05-30 Spring bank holiday
2005-08-01 Summer bank holiday
2005-11-30 St Andrew’s Day
2005-12-25 Christmas Day
2005-12-26 Boxing Day
2005-12-27 Christmas Day (substitute day)
2006-01-01 New Year's Day
2006-01-02 January 2nd
2006-01-03 New Year's Day (substitute day)
2006-04-14 Good Friday
2006-05-01 Early May bank holiday
2006-05-29 Spring bank holiday
2006-08-07 Summer bank holiday
2006-11-30 St Andrew’s Day
2006-12-25 Christmas Day
2006-12-26 Boxing Day
2007-01-01 New Year's Day
2007-01-02 January 2nd
2007-04-06 Good Friday
2007-05-07 Early May bank holiday
2007-05-28 Spring bank holiday
2007-08-06 Summer bank holiday
2007-11-30 St Andrew’s Day
2007-12-25 Christmas Day
2007-12-26 Boxing Day
2008-01-01 New Year's Day
2008-01-02 January 2nd
2008-03-21 Good Friday
2008-05-05 Early May bank holiday
2008-05-26 Spring bank holiday
2008-08-04 Summer bank holiday
2008-11-30 St Andrew’s Day
2008-12-01 St Andrew’s Day (substitute day)
2008-12-25 Christmas Day
2008-12-26 Boxing Day
2009-01-01 New Year's Day
2009-01-02 January 2nd
2009-04-10 Good Friday
2009-05-04 Early May bank holiday
2009-05-25 Spring bank holiday
2009-08-03 Summer bank holiday
2009-11-30 St Andrew’s Day
2009-12-25 Christmas Day
2009-12-26 Boxing Day
2009-12-28 Boxing Day (substitute day)
2010-01-01 New Year's Day
2010-01-02 January 2nd
2010-01-04 January 2nd (substitute day)
2010-04-02 Good Friday
2010-05-03 Early May bank holiday
2010-05-31 Spring bank holiday
2010-08-02 Summer bank holiday
2010-11-30 St Andrew’s Day
2010-12-25 Christmas Day
2010-12-26 Boxing Day
2010-12-27 Christmas Day (substitute day)
2010-12-28 Boxing Day (substitute day)
2011-01-01 New Year's Day
2011-01-02 January 2nd
2011-01-03 January 2nd (substitute day)
2011-01-04 New Year's Day (substitute day)
2011-04-22 Good Friday
2011-05-02 Early May bank holiday
2011-05-30 Spring bank holiday
2011-08-01 Summer bank holiday
2011-11-30 St Andrew’s Day
2011-12-25 Christmas Day
2011-12-26 Boxing Day
2011-12-27 Christmas Day (substitute day)
2012-01-01 New Year's Day
2012-01-02 January 2nd
2012-01-03 New Year's Day (substitute day)
2012-04-06 Good Friday
2012-05-07 Early May bank holiday
2012-05-28 Spring bank holiday
2012-06-05 Queen’s Diamond Jubilee
2012-08-06 Summer bank holiday
2012-11-30 St Andrew’s Day
2012-12-25 Christmas Day
2012-12-26 Boxing Day
2013-01-01 New Year's Day
2013-01-02 January 2nd
2013-03-29 Good Friday
2013-05-06 Early May bank holiday
2013-05-27 Spring bank holiday
2013-08-05 Summer bank holiday
2013-11-30 St Andrew’s Day
2013-12-02 St Andrew’s Day (substitute day)
2013-12-25 Christmas Day
2013-12-26 Boxing Day
2014-01-01 New Year's Day
2014-01-02 January 2nd
2014-04-18 Good Friday
2014-05-05 Early May bank holiday
2014-05-26 Spring bank holiday
2014-08-04 Summer bank holiday
2014-11-30 St Andrew’s Day
2014-12-01 St Andrew’s Day (substitute day)
2014-12-25 Christmas Day
2014-12-26 Boxing Day
2015-01-01 New Year's Day
2015-01-02 January 2nd
2015-04-03 Good Friday
2015-05-04 Early May bank holiday
2015-05-25 Spring bank holiday
2015-08-03 Summer bank holiday
2015-11-30 St Andrew’s Day
2015-12-25 Christmas Day
2015-12-26 Boxing Day
2015-12-28 Boxing Day (substitute day)
2016-01-01 New Year's Day
2016-01-02 January 2nd
2016-01-04 January 2nd (substitute day)
2016-03-25 Good Friday
2016-05-02 Early May bank holiday
2016-05-30 Spring bank holiday
2016-08-01 Summer bank holiday
2016-11-30 St Andrew’s Day
2016-12-25 Christmas Day
2016-12-26 Boxing Day
2016-12-27 Christmas Day (substitute day)
2017-01-01 New Year's Day
2017-01-02 January 2nd
2017-01-03 New Year's Day (substitute day)
2017-04-14 Good Friday
2017-05-01 Early May bank holiday
2017-05-29 Spring bank holiday
2017-08-07 Summer bank holiday
2017-11-30 St Andrew’s Day
2017-12-25 Christmas Day
2017-12-26 Boxing Day
2018-01-01 New Year's Day
2018-01-02 January 2nd
2018-03-30 Good Friday
2018-05-07 Early May bank holiday
2018-05-28 Spring bank holiday
2018-08-06 Summer bank holiday
2018-11-30 St Andrew’s Day
2018-12-25 Christmas Day
2018-12-26 Boxing Day
2019-01-01 New Year's Day
2019-01-02 January 2nd
2019-04-19 Good Friday
2019-05-06 Early May bank holiday
2019-05-27 Spring bank holiday
2019-08-05 Summer bank holiday
2019-11-30 St Andrew’s Day
2019-12-02 St Andrew’s Day (substitute day)
2019-12-25 Christmas Day
2019-12-26 Boxing Day
2020-01-01 New Year's Day
2020-01-02 January 2nd
2020-04-10 Good Friday
2020-05-08 Early May bank holiday (VE day)
2020-05-25 Spring bank holiday
2020-08-03 Summer bank holiday
2020-11-30 St Andrew’s Day
2020-12-25 Christmas Day
2020-12-26 Boxing Day
2020-12-28 Boxing Day (substitute day)
2021-01-01 New Year's Day
2021-01-02 January 2nd
2021-01-04 January 2nd (substitute day)
2021-04-02 Good Friday
2021-05-03 Early May bank holiday
2021-05-31 Spring bank holiday
2021-08-02 Summer bank holiday
2021-11-30 St Andrew’s Day
2021-12-25 Christmas Day
2021-12-26 Boxing Day
2021-12-27 Christmas Day (substitute day)
2021-12-28 Boxing Day (substitute day)
2022-01-01 New Year's Day
2022-01-02 January 2nd
2022-01-03 January 2nd (substitute day)
2022-01-04 New Year's Day (substitute day)
2022-04-15 Good Friday
2022-05-02 Early May bank holiday
2022-06-02 Spring bank holiday
2022-06-03 Queen’s Platinum Jubilee
2022-08-01 Summer bank holiday
2022-09-19 Queen Elizabeth's Funeral Day
2022-11-30 St Andrew’s Day
2022-12-25 Christmas Day
2022-12-26 Boxing Day
2022-12-27 Christmas Day (substitute day)
2023-01-01 New Year's Day
2023-01-02 January 2nd
2023-01-03 New Year's Day (substitute day)
2023-04-07 Good Friday
2023-05-01 Early May bank holiday
2023-05-08 King Charles III's Coronation
2023-05-29 Spring bank holiday
2023-08-07 Summer bank holiday
2023-11-30 St Andrew’s Day
2023-12-25 Christmas Day
2023-12-26 Boxing Day
2024-01-01 New Year's Day
2024-01-02 January 2nd
2024-03-29 Good Friday
2024-05-06 Early May bank holiday
2024-05-27 Spring bank holiday
2024-08-05 Summer bank holiday
2024-11-30 St Andrew’s Day
2024-12-02 St Andrew’s Day (substitute day)
2024-12-25 Christmas Day
2024-12-26 Boxing Day
2025-01-01 New Year's Day
2025-01-02 January 2nd
2025-04-18 Good Friday
2025-05-05 Early May bank holiday
2025-05-26 Spring bank holiday
2025-08-04 Summer bank holiday
2025-11-30 St Andrew’s Day
2025-12-01 St Andrew’s Day (substitute day)
2025-12-25 Christmas Day
2025-12-26 Boxing Day
2026-01-01 New Year's Day
2026-01-02 January 2nd
2026-04-03 Good Friday
2026-05-04 Early May bank holiday
2026-05-25 Spring bank holiday
2026-08-03 Summer bank holiday
2026-11-30 St Andrew’s Day
2026-12-25 Christmas Day
2026-12-26 Boxing Day
2026-12-28 Boxing Day (substitute day)
2027-01-01 New Year's Day
2027-01-02 January 2nd
2027-01-04 January 2nd (substitute day)
2027-03-26 Good Friday
2027-05-03 Early May bank holiday
2027-05-31 Spring bank holiday
2027-08-02 Summer bank holiday
2027-11-30 St Andrew’s Day
2027-12-25 Christmas Day
2027-12-26 Boxing Day
2027-12-27 Christmas Day (substitute day)
2027-12-28 Boxing Day (substitute day)
2028-01-01 New Year's Day
2028-01-02 January 2nd
2028-01-03 January 2nd (substitute day)
2028-01-04 New Year's Day (substitute day)
2028-04-14 Good Friday
2028-05-01 Early May bank holiday
2028-05-29 Spring bank holiday
2028-08-07 Summer bank holiday
2028-11-30 St Andrew’s Day
2028-12-25 Christmas Day
2028-12-26 Boxing Day
2029-01-01 New Year's Day
2029-01-02 January 2nd
2029-03-30 Good Friday
2029-05-07 Early May bank holiday
2029-05-28 Spring bank holiday
2029-08-06 Summer bank holiday
2029-11-30 St Andrew’s Day
2029-12-25 Christmas Day
2029-12-26 Boxing Day
2030-01-01 New Year's Day
2030-01-02 January 2nd
2030-04-19 Good Friday
2030-05-06 Early May bank holiday
2030-05-27 Spring bank holiday
2030-08-05 Summer bank holiday
2030-11-30 St Andrew’s Day
2030-12-02 St Andrew’s Day (substitute day)
2030-12-25 Christmas Day
2030-12-26 Boxing Day
2031-01-01 New Year's Day
2031-01-02 January 2nd
2031-04-11 Good Friday
2031-05-05 Early May bank holiday
2031-05-26 Spring bank holiday
2031-08-04 Summer bank holiday
2031-11-30 St Andrew’s Day
2031-12-01 St Andrew’s Day (substitute day)
2031-12-25 Christmas Day
2031-12-26 Boxing Day
2032-01-01 New Year's Day
2032-01-02 January 2nd
2032-03-26 Good Friday
2032-05-03 Early May bank holiday
2032-05-31 Spring bank holiday
2032-08-02 Summer bank holiday
2032-11-30 St Andrew’s Day
2032-12-25 Christmas Day
2032-12-26 Boxing Day
2032-12-27 Christmas Day (substitute day)
2032-12-28 Boxing Day (substitute day)
2033-01-01 New Year's Day
2033-01-02 January 2nd
2033-01-03 January 2nd (substitute day)
2033-01-04 New Year's Day (substitute day)
2033-04-15 Good Friday
2033-05-02 Early May bank holiday
2033-05-30 Spring bank holiday
2033-08-01 Summer bank holiday
2033-11-30 St Andrew’s Day
2033-12-25 Christmas Day
2033-12-26 Boxing Day
2033-12-27 Christmas Day (substitute day)
2034-01-01 New Year's Day
2034-01-02 January 2nd
2034-01-03 New Year's Day (substitute day)
2034-04-07 Good Friday
2034-05-01 Early May bank holiday
2034-05-29 Spring bank holiday
2034-08-07 Summer bank holiday
2034-11-30 St Andrew’s Day
2034-12-25 Christmas Day
2034-12-26 Boxing Day
2035-01-01 New Year's Day
2035-01-02 January 2nd
2035-03-23 Good Friday
2035-05-07 Early May bank holiday
2035-05-28 Spring bank holiday
2035-08-06 Summer bank holiday
2035-11-30 St Andrew’s Day
2035-12-25 Christmas Day
2035-12-26 Boxing Day
2036-01-01 New Year's Day
2036-01-02 January 2nd
2036-04-11 Good Friday
2036-05-05 Early May bank holiday
2036-05-26 Spring bank holiday
2036-08-04 Summer bank holiday
2036-11-30 St Andrew’s Day
2036-12-01 St Andrew’s Day (substitute day)
2036-12-25 Christmas Day
2036-12-26 Boxing Day
2037-01-01 New Year's Day
2037-01-02 January 2nd
2037-04-03 Good Friday
2037-05-04 Early May bank holiday
2037-05-25 Spring bank holiday
2037-08-03 Summer bank holiday
2037-11-30 St Andrew’s Day
2037-12-25 Christmas Day
2037-12-26 Boxing Day
2037-12-28 Boxing Day (substitute day)
2038-01-01 New Year's Day
2038-01-02 January 2nd
2038-01-04 January 2nd (substitute day)
2038-04-23 Good Friday
2038-05-03 Early May bank holiday
2038-05-31 Spring bank holiday
2038-08-02 Summer bank holiday
2038-11-30 St Andrew’s Day
2038-12-25 Christmas Day
2038-12-26 Boxing Day
2038-12-27 Christmas Day (substitute day)
2038-12-28 Boxing Day (substitute day)
2039-01-01 New Year's Day
2039-01-02 January 2nd
2039-01-03 January 2nd (substitute day)
2039-01-04 New Year's Day (substitute day)
2039-04-08 Good Friday
2039-05-02 Early May bank holiday
2039-05-30 Spring bank holiday
2039-08-01 Summer bank holiday
2039-11-30 St Andrew’s Day
2039-12-25 Christmas Day
2039-12-26 Boxing Day
2039-12-27 Christmas Day (substitute day)
2040-01-01 New Year's Day
2040-01-02 January 2nd
2040-01-03 New Year's Day (substitute day)
2040-03-30 Good Friday
2040-05-07 Early May bank holiday
2040-05-28 Spring bank holiday
2040-08-06 Summer bank holiday
2040-11-30 St Andrew’s Day
2040-12-25 Christmas Day
2040-12-26 Boxing Day
2041-01-01 New Year's Day
2041-01-02 January 2nd
2041-04-19 Good Friday
2041-05-06 Early May bank holiday
2041-05-27 Spring bank holiday
2041-08-05 Summer bank holiday
2041-11-30 St Andrew’s Day
2041-12-02 St Andrew’s Day (substitute day)
2041-12-25 Christmas Day
2041-12-26 Boxing Day
2042-01-01 New Year's Day
2042-01-02 January 2nd
2042-04-04 Good Friday
2042-05-05 Early May bank holiday
2042-05-26 Spring bank holiday
2042-08-04 Summer bank holiday
2042-11-30 St Andrew’s Day
2042-12-01 St Andrew’s Day (substitute day)
2042-12-25 Christmas Day
2042-12-26 Boxing Day
2043-01-01 New Year's Day
2043-01-02 January 2nd
2043-03-27 Good Friday
2043-05-04 Early May bank holiday
2043-05-25 Spring bank holiday
2043-08-03 Summer bank holiday
2043-11-30 St Andrew’s Day
2043-12-25 Christmas Day
2043-12-26 Boxing Day
2043-12-28 Boxing Day (substitute day)
2044-01-01 New Year's Day
2044-01-02 January 2nd
2044-01-04 January 2nd (substitute day)
2044-04-15 Good Friday
2044-05-02 Early May bank holiday
2044-05-30 Spring bank holiday
2044-08-01 Summer bank holiday
2044-11-30 St Andrew’s Day
2044-12-25 Christmas Day
2044-12-26 Boxing Day
2044-12-27 Christmas Day (substitute day)
2045-01-01 New Year's Day
2045-01-02 January 2nd
2045-01-03 New Year's Day (substitute day)
2045-04-07 Good Friday
2045-05-01 Early May bank holiday
2045-05-29 Spring bank holiday
2045-08-07 Summer bank holiday
2045-11-30 St Andrew’s Day
2045-12-25 Christmas Day
2045-12-26 Boxing Day
`,
  'GB-NIR': `
2000-01-01 New Year's Day
2000-01-03 New Year's Day (substitute day)
2000-03-17 St Patrick’s Day
2000-04-21 Good Friday
2000-04-24 Easter Monday
2000-05-01 Early May bank holiday
2000-05-29 Spring bank holiday
2000-07-12 Battle of the Boyne (Orangemen’s Day)
2000-08-28 Summer bank holiday
2000-12-25 Christmas Day
2000-12-26 Boxing Day
2001-01-01 New Year's Day
2001-03-17 St Patrick’s Day
2001-03-19 St Patrick’s Day (substitute day)
2001-04-13 Good Friday
2001-04-16 Easter Monday
2001-05-07 Early May bank holiday
2001-05-28 Spring bank holiday
2001-07-12 Battle of the Boyne (Orangemen’s Day)
2001-08-27 Summer bank holiday
2001-12-25 Christmas Day
2001-12-26 Boxing Day
2002-01-01 New Year's Day
2002-03-17 St Patrick’s Day
2002-03-18 St Patrick’s Day (substitute day)
2002-03-29 Good Friday
2002-04-01 Easter Monday
2002-05-06 Early May bank holiday
2002-05-27 Spring bank holiday
2002-07-12 Battle of the Boyne (Orangemen’s Day)
2002-08-26 Summer bank holiday
2002-12-25 Christmas Day
2002-12-26 Boxing Day
2003-01-01 New Year's Day
2003-03-17 St Patrick’s Day
2003-04-18 Good Friday
2003-04-21 Easter Monday
2003-05-05 Early May bank holiday
2003-05-26 Spring bank holiday
2003-07-12 Battle of the Boyne (Orangemen’s Day)
2003-07-14 Battle of the Boyne (Orangemen’s Day) (substitute day)
2003-08-25 Summer bank holiday
2003-12-25 Christmas Day
2003-12-26 Boxing Day
2004-01-01 New Year's Day
2004-03-17 St Patrick’s Day
2004-04-09 Good Friday
2004-04-12 Easter Monday
2004-05-03 Early May bank holiday
2004-05-31 Spring bank holiday
2004-07-12 Battle of the Boyne (Orangemen’s Day)
2004-08-30 Summer bank holiday
2004-12-25 Christmas Day
2004-12-26 Boxing Day
2004-12-27 Christmas Day (substitute day)
2004-12-28 Boxing Day (substitute day)
2005-01-01 New Year's Day
2005-01-03 New Year's Day (substitute day)
2005-03-17 St Patrick’s Day
2005-03-25 Good Friday
2005-03-28 Easter Monday
2005-05-02 Early May bank holiday
2005-05-30 Spring bank holiday
2005-07-12 Battle of the Boyne (Orangemen’s Day)
2005-08-29 Summer bank holiday
2005-12-25 Christmas Day
2005-12-26 Boxing Day
2005-12-27 Christmas Day (substitute day)
2006-01-01 New Year's Day
2006-01-02 New Year's Day (substitute day)
2006-03-17 St Patrick’s Day
2006-04-14 Good Friday
2006-04-17 Easter Monday
2006-05-01 Early May bank holiday
2006-05-29 Spring bank holiday
2006-07-12 Battle of the Boyne (Orangemen’s Day)
2006-08-28 Summer bank holiday
2006-12-25 Christmas Day
2006-12-26 Boxing Day
2007-01-01 New Year's Day
2007-03-17 St Patrick’s Day
2007-03-19 St Patrick’s Day (substitute day)
2007-04-06 Good Friday
2007-04-09 Easter Monday
2007-05-07 Early May bank holiday
2007-05-28 Spring bank holiday
2007-07-12 Battle of the Boyne (Orangemen’s Day)
2007-08-27 Summer bank holiday
2007-12-25 Christmas Day
2007-12-26 Boxing Day
2008-01-01 New Year's Day
2008-03-17 St Patrick’s Day
2008-03-21 Good Friday
2008-03-24 Easter Monday
2008-05-05 Early May bank holiday
2008-05-26 Spring bank holiday
2008-07-12 Battle of the Boyne (Orangemen’s Day)
2008-07-14 Battle of the Boyne (Orangemen’s Day) (substitute day)
2008-08-25 Summer bank holiday
2008-12-25 Christmas Day
2008-12-26 Boxing Day
2009-01-01 New Year's Day
2009-03-17 St Patrick’s Day
2009-04-10 Good Friday
2009-04-13 Easter Monday
2009-05-04 Early May bank holiday
2009-05-25 Spring bank holiday
2009-07-12 Battle of the Boyne (Orangemen’s Day)
2009-07-13 Battle of the Boyne (Orangemen’s Day) (substitute day)
2009-08-31 Summer bank holiday
2009-12-25 Christmas Day
2009-12-26 Boxing Day
2009-12-28 Boxing Day (substitute day)
2010-01-01 New Year's Day
2010-03-17 St Patrick’s Day
2010-04-02 Good Friday
2010-04-05 Easter Monday
2010-05-03 Early May bank holiday
2010-05-31 Spring bank holiday
2010-07-12 Battle of the Boyne (Orangemen’s Day)
2010-08-30 Summer bank holiday
2010-12-25 Christmas Day
2010-12-26 Boxing Day
2010-12-27 Christmas Day (substitute day)
2010-12-28 Boxing Day (substitute day)
2011-01-01 New Year's Day
2011-01-03 New Year's Day (substitute day)
2011-03-17 St Patrick’s Day
2011-04-22 Good Friday
2011-04-25 Easter Monday
2011-05-02 Early May bank holiday
2011-05-30 Spring bank holiday
2011-07-12 Battle of the Boyne (Orangemen’s Day)
2011-08-29 Summer bank holiday
2011-12-25 Christmas Day
2011-12-26 Boxing Day
2011-12-27 Christmas Day (substitute day)
2012-01-01 New Year's Day
2012-01-02 New Year's Day (substitute day)
2012-03-17 St Patrick’s Day
2012-03-19 St Patrick’s Day (substitute day)
2012-04-06 Good Friday
2012-04-09 Easter Monday
2012-05-07 Early May bank holiday
2012-05-28 Spring bank holiday
2012-06-05 Queen’s Diamond Jubilee
2012-07-12 Battle of the Boyne (Orangemen’s Day)
2012-08-27 Summer bank holiday
2012-12-25 Christmas Day
2012-12-26 Boxing Day
2013-01-01 New Year's Day
2013-03-17 St Patrick’s Day
2013-03-18 St Patrick’s Day (substitute day)
2013-03-29 Good Friday
2013-04-01 Easter Monday
2013-05-06 Early May bank holiday
2013-05-27 Spring bank holiday
2013-07-12 Battle of the Boyne (Orangemen’s Day)
2013-08-26 Summer bank holiday
2013-12-25 Christmas Day
2013-12-26 Boxing Day
2014-01-01 New Year's Day
2014-03-17 St Patrick’s Day
2014-04-18 Good Friday
2014-04-21 Easter Monday
2014-05-05 Early May bank holiday
2014-05-26 Spring bank holiday
2014-07-12 Battle of the Boyne (Orangemen’s Day)
2014-07-14 Battle of the Boyne (Orangemen’s Day) (substitute day)
2014-08-25 Summer bank holiday
2014-12-25 Christmas Day
2014-12-26 Boxing Day
2015-01-01 New Year's Day
2015-03-17 St Patrick’s Day
2015-04-03 Good Friday
2015-04-06 Easter Monday
2015-05-04 Early May bank holiday
2015-05-25 Spring bank holiday
2015-07-12 Battle of the Boyne (Orangemen’s Day)
2015-07-13 Battle of the Boyne (Orangemen’s Day) (substitute day)
2015-08-31 Summer bank holiday
2015-12-25 Christmas Day
2015-12-26 Boxing Day
2015-12-28 Boxing Day (substitute day)
2016-01-01 New Year's Day
2016-03-17 St Patrick’s Day
2016-03-25 Good Friday
2016-03-28 Easter Monday
2016-05-02 Early May bank holiday
2016-05-30 Spring bank holiday
2016-07-12 Battle of the Boyne (Orangemen’s Day)
2016-08-29 Summer bank holiday
2016-12-25 Christmas Day
2016-12-26 Boxing Day
2016-12-27 Christmas Day (substitute day)
2017-01-01 New Year's Day
2017-01-02 New Year's Day (substitute day)
2017-03-17 St Patrick’s Day
2017-04-14 Good Friday
2017-04-17 Easter Monday
2017-05-01 Early May bank holiday
2017-05-29 Spring bank holiday
2017-07-12 Battle of the Boyne (Orangemen’s Day)
2017-08-28 Summer bank holiday
2017-12-25 Christmas Day
2017-12-26 Boxing Day
2018-01-01 New Year's Day
2018-03-17 St Patrick’s Day
2018-03-19 St Patrick’s Day (substitute day)
2018-03-30 Good Friday
2018-04-02 Easter Monday
2018-05-07 Early May bank holiday
2018-05-28 Spring bank holiday
2018-07-12 Battle of the Boyne (Orangemen’s Day)
2018-08-27 Summer bank holiday
2018-12-25 Christmas Day
2018-12-26 Boxing Day
2019-01-01 New Year's Day
2019-03-17 St Patrick’s Day
2019-03-18 St Patrick’s Day (substitute day)
2019-04-19 Good Friday
2019-04-22 Easter Monday
2019-05-06 Early May bank holiday
2019-05-27 Spring bank holiday
2019-07-12 Battle of the Boyne (Orangemen’s Day)
2019-08-26 Summer bank holiday
2019-12-25 Christmas Day
2019-12-26 Boxing Day
2020-01-01 New Year's Day
2020-03-17 St Patrick’s Day
2020-04-10 Good Friday
2020-04-13 Easter Monday
2020-05-08 Early May bank holiday (VE day)
2020-05-25 Spring bank holiday
2020-07-12 Battle of the Boyne (Orangemen’s Day)
2020-07-13 Battle of the Boyne (Orangemen’s Day) (substitute day)
2020-08-31 Summer bank holiday
2020-12-25 Christmas Day
2020-12-26 Boxing Day
2020-12-28 Boxing Day (substitute day)
2021-01-01 New Year's Day
2021-03-17 St Patrick’s Day
2021-04-02 Good Friday
2021-04-05 Easter Monday
2021-05-03 Early May bank holiday
2021-05-31 Spring bank holiday
2021-07-12 Battle of the Boyne (Orangemen’s Day)
2021-08-30 Summer bank holiday
2021-12-25 Christmas Day
2021-12-26 Boxing Day
2021-12-27 Christmas Day (substitute day)
2021-12-28 Boxing Day (substitute day)
2022-01-01 New Year's Day
2022-01-03 New Year's Day (substitute day)
2022-03-17 St Patrick’s Day
2022-04-15 Good Friday
2022-04-18 Easter Monday
2022-05-02 Early May bank holiday
2022-06-02 Spring bank holiday
2022-06-03 Queen’s Platinum Jubilee
2022-07-12 Battle of the Boyne (Orangemen’s Day)
2022-08-29 Summer bank holiday
2022-09-19 Queen Elizabeth's Funeral Day
2022-12-25 Christmas Day
2022-12-26 Boxing Day
2022-12-27 Christmas Day (substitute day)
2023-01-01 New Year's Day
2023-01-02 New Year's Day (substitute day)
2023-03-17 St Patrick’s Day
2023-04-07 Good Friday
2023-04-10 Easter Monday
2023-05-01 Early May bank holiday
2023-05-08 King Charles III's Coronation
2023-05-29 Spring bank holiday
2023-07-12 Battle of the Boyne (Orangemen’s Day)
2023-08-28 Summer bank holiday
2023-12-25 Christmas Day
2023-12-26 Boxing Day
2024-01-01 New Year's Day
2024-03-17 St Patrick’s Day
2024-03-18 St Patrick’s Day (substitute day)
2024-03-29 Good Friday
2024-04-01 Easter Monday
2024-05-06 Early May bank holiday
2024-05-27 Spring bank holiday
2024-07-12 Battle of the Boyne (Orangemen’s Day)
2024-08-26 Summer bank holiday
2024-12-25 Christmas Day
2024-12-26 Boxing Day
2025-01-01 New Year's Day
2025-03-17 St Patrick’s Day
2025-04-18 Good Friday
2025-04-21 Easter Monday
2025-05-05 Early May bank holiday
2025-05-26 Spring bank holiday
2025-07-12 Battle of the Boyne (Orangemen’s Day)
2025-07-14 Battle of the Boyne (Orangemen’s Day) (substitute day)
2025-08-25 Summer bank holiday
2025-12-25 Christmas Day
2025-12-26 Boxing Day
2026-01-01 New Year's Day
2026-03-17 St Patrick’s Day
2026-04-03 Good Friday
2026-04-06 Easter Monday
2026-05-04 Early May bank holiday
2026-05-25 Spring bank holiday
2026-07-12 Battle of the Boyne (Orangemen’s Day)
2026-07-13 Battle of the Boyne (Orangemen’s Day) (substitute day)
2026-08-31 Summer bank holiday
2026-12-25 Christmas Day
2026-12-26 Boxing Day
2026-12-28 Boxing Day (substitute day)
2027-01-01 New Year's Day
2027-03-17 St Patrick’s Day
2027-03-26 Good Friday
2027-03-29 Easter Monday
2027-05-03 Early May bank holiday
2027-05-31 Spring bank holiday
2027-07-12 Battle of the Boyne (Orangemen’s Day)
2027-08-30 Summer bank holiday
2027-12-25 Christmas Day
2027-12-26 Boxing Day
2027-12-27 Christmas Day (substitute day)
2027-12-28 Boxing Day (substitute day)
2028-01-01 New Year's Day
2028-01-03 New Year's Day (substitute day)
2028-03-17 St Patrick’s Day
2028-04-14 Good Friday
2028-04-17 Easter Monday
2028-05-01 Early May bank holiday
2028-05-29 Spring bank holiday
2028-07-12 Battle of the Boyne (Orangemen’s Day)
2028-08-28 Summer bank holiday
2028-12-25 Christmas Day
2028-12-26 Boxing Day
2029-01-01 New Year's Day
2029-03-17 St Patrick’s Day
2029-03-19 St Patrick’s Day (substitute day)
2029-03-30 Good Friday
2029-04-02 Easter Monday
2029-05-07 Early May bank holiday
2029-05-28 Spring bank holiday
2029-07-12 Battle of the Boyne (Orangemen’s Day)
2029-08-27 Summer bank holiday
2029-12-25 Christmas Day
2029-12-26 Boxing Day
2030-01-01 New Year's Day
2030-03-17 St Patrick’s Day
2030-03-18 St Patrick’s Day (substitute day)
2030-04-19 Good Friday
2030-04-22 Easter Monday
2030-05-06 Early May bank holiday
2030-05-27 Spring bank holiday
2030-07-12 Battle of the Boyne (Orangemen’s Day)
2030-08-26 Summer bank holiday
2030-12-25 Christmas Day
2030-12-26 Boxing Day
2031-01-01 New Year's Day
2031-03-17 St Patrick’s Day
2031-04-11 Good Friday
2031-04-14 Easter Monday
2031-05-05 Early May bank holiday
2031-05-26 Spring bank holiday
2031-07-12 Battle of the Boyne (Orangemen’s Day)
2031-07-14 Battle of the Boyne (Orangemen’s Day) (substitute day)
2031-08-25 Summer bank holiday
2031-12-25 Christmas Day
2031-12-26 Boxing Day
2032-01-01 New Year's Day
2032-03-17 St Patrick’s Day
2032-03-26 Good Friday
2032-03-29 Easter Monday
2032-05-03 Early May bank holiday
2032-05-31 Spring bank holiday
2032-07-12 Battle of the Boyne (Orangemen’s Day)
2032-08-30 Summer bank holiday
2032-12-25 Christmas Day
2032-12-26 Boxing Day
2032-12-27 Christmas Day (substitute day)
2032-12-28 Boxing Day (substitute day)
2033-01-01 New Year's Day
2033-01-03 New Year's Day (substitute day)
2033-03-17 St Patrick’s Day
2033-04-15 Good Friday
2033-04-18 Easter Monday
2033-05-02 Early May bank holiday
2033-05-30 Spring bank holiday
2033-07-12 Battle of the Boyne (Orangemen’s Day)
2033-08-29 Summer bank holiday
2033-12-25 Christmas Day
2033-12-26 Boxing Day
2033-12-27 Christmas Day (substitute day)
2034-01-01 New Year's Day
2034-01-02 New Year's Day (substitute day)
2034-03-17 St Patrick’s Day
2034-04-07 Good Friday
2034-04-10 Easter Monday
2034-05-01 Early May bank holiday
2034-05-29 Spring bank holiday
2034-07-12 Battle of the Boyne (Orangemen’s Day)
2034-08-28 Summer bank holiday
2034-12-25 Christmas Day
2034-12-26 Boxing Day
2035-01-01 New Year's Day
2035-03-17 St Patrick’s Day
2035-03-19 St Patrick’s Day (substitute day)
2035-03-23 Good Friday
2035-03-26 Easter Monday
2035-05-07 Early May bank holiday
2035-05-28 Spring bank holiday
2035-07-12 Battle of the Boyne (Orangemen’s Day)
2035-08-27 Summer bank holiday
2035-12-25 Christmas Day
2035-12-26 Boxing Day
2036-01-01 New Year's Day
2036-03-17 St Patrick’s Day
2036-04-11 Good Friday
2036-04-14 Easter Monday
2036-05-05 Early May bank holiday
2036-05-26 Spring bank holiday
2036-07-12 Battle of the Boyne (Orangemen’s Day)
2036-07-14 Battle of the Boyne (Orangemen’s Day) (substitute day)
2036-08-25 Summer bank holiday
2036-12-25 Christmas Day
2036-12-26 Boxing Day
2037-01-01 New Year's Day
2037-03-17 St Patrick’s Day
2037-04-03 Good Friday
2037-04-06 Easter Monday
2037-05-04 Early May bank holiday
2037-05-25 Spring bank holiday
2037-07-12 Battle of the Boyne (Orangemen’s Day)
2037-07-13 Battle of the Boyne (Orangemen’s Day) (substitute day)
2037-08-31 Summer bank holiday
2037-12-25 Christmas Day
2037-12-26 Boxing Day
2037-12-28 Boxing Day (substitute day)
2038-01-01 New Year's Day
2038-03-17 St Patrick’s Day
2038-04-23 Good Friday
2038-04-26 Easter Monday
2038-05-03 Early May bank holiday
2038-05-31 Spring bank holiday
2038-07-12 Battle of the Boyne (Orangemen’s Day)
2038-08-30 Summer bank holiday
2038-12-25 Christmas Day
2038-12-26 Boxing Day
2038-12-27 Christmas Day (substitute day)
2038-12-28 Boxing Day (substitute day)
2039-01-01 New Year's Day
2039-01-03 New Year's Day (substitute day)
2039-03-17 St Patrick’s Day
2039-04-08 Good Friday
2039-04-11 Easter Monday
2039-05-02 Early May bank holiday
2039-05-30 Spring bank holiday
2039-07-12 Battle of the Boyne (Orangemen’s Day)
2039-08-29 Summer bank holiday
2039-12-25 Christmas Day
2039-12-26 Boxing Day
2039-12-27 Christmas Day (substitute day)
2040-01-01 New Year's Day
2040-01-02 New Year's Day (substitute day)
2040-03-17 St Patrick’s Day
2040-03-19 St Patrick’s Day (substitute day)
2040-03-30 Good Friday
2040-04-02 Easter Monday
2040-05-07 Early May bank holiday
2040-05-28 Spring bank holiday
2040-07-12 Battle of the Boyne (Orangemen’s Day)
2040-08-27 Summer bank holiday
2040-12-25 Christmas Day
2040-12-26 Boxing Day
2041-01-01 New Year's Day
2041-03-17 St Patrick’s Day
2041-03-18 St Patrick’s Day (substitute day)
2041-04-19 Good Friday
2041-04-22 Easter Monday
2041-05-06 Early May bank holiday
2041-05-27 Spring bank holiday
2041-07-12 Battle of the Boyne (Orangemen’s Day)
2041-08-26 Summer bank holiday
2041-12-25 Christmas Day
2041-12-26 Boxing Day
2042-01-01 New Year's Day
2042-03-17 St Patrick’s Day
2042-04-04 Good Friday
2042-04-07 Easter Monday
2042-05-05 Early May bank holiday
2042-05-26 Spring bank holiday
2042-07-12 Battle of the Boyne (Orangemen’s Day)
2042-07-14 Battle of the Boyne (Orangemen’s Day) (substitute day)
2042-08-25 Summer bank holiday
2042-12-25 Christmas Day
2042-12-26 Boxing Day
2043-01-01 New Year's Day
2043-03-17 St Patrick’s Day
2043-03-27 Good Friday
2043-03-30 Easter Monday
2043-05-04 Early May bank holiday
2043-05-25 Spring bank holiday
2043-07-12 Battle of the Boyne (Orangemen’s Day)
2043-07-13 Battle of the Boyne (Orangemen’s Day) (substitute day)
2043-08-31 Summer bank holiday
2043-12-25 Christmas Day
2043-12-26 Boxing Day
2043-12-28 Boxing Day (substitute day)
2044-01-01 New Year's Day
2044-03-17 St Patrick’s Day
2044-04-15 Good Friday
2044-04-18 Easter Monday
2044-05-02 Early May bank holiday
2044-05-30 Spring bank holiday
2044-07-12 Battle of the Boyne (Orangemen’s Day)
2044-08-29 Summer bank holiday
2044-12-25 Christmas Day
2044-12-26 Boxing Day
2044-12-27 Christmas Day (substitute day)
2045-01-01 New Year's Day
2045-01-02 New Year's Day (substitute day)
2045-03-17 St Patrick’s Day
2045-04-07 Good Friday
2045-04-10 Easter Monday
2045-05-01 Early May bank holiday
2045-05-29 Spring bank holiday
2045-07-12 Battle of the Boyne (Orangemen’s Day)
2045-08-28 Summer bank holiday
2045-12-25 Christmas Day
2045-12-26 Boxing Day
`,
};
