import { describe, expect, it } from 'vitest';
import { computePayments } from '../../src/pay/payment.js';
import { formatPaymentHtml, formatPaymentJson, formatPaymentMarkdown, formatPaymentText } from '../../src/pay/payment-format.js';
import { SEVEN, peerSupportSpec, reportWith } from './fixtures.js';

const payments = () => computePayments(peerSupportSpec(), reportWith({ 'Dover 2022/23 Q2': { signUps: 4, notMet: SEVEN.slice(0, 3) } }));

describe('payment formats', () => {
  it('text says what each part earned, why, the deduction and the date paid', () => {
    const text = formatPaymentText(payments());
    // 4 of 8.75 earns 27,429p; 4 of 7 targets earn 34,286p; deduction 120,000 − 61,715 = 58,285p
    expect(text).toContain('2022/23 Q2 (2022-07-01 to 2022-09-30), paid on 2022-10-31');
    expect(text).toMatch(/sign-ups\s+4 of 8\.75\s+£274\.29\s+4 against a pro-rated 8\.75: 45\.71% of £600\.00/);
    expect(text).toMatch(/✖ contact-attempt-2wd\s+75% \(threshold 95%\)\s+£0\.00\s+not met/);
    expect(text).toMatch(/Deduction\s+−£582\.85/);
    expect(text).toMatch(/Paid\s+£5,417\.15/);
    expect(text).toContain('£582.85 repaid with the payment on 2023-04-30');
    expect(text).toContain('last day of the month after the quarter ends');
  });

  it('json keeps whole pence and the same figures', () => {
    const json = JSON.parse(formatPaymentJson(payments()));
    expect(json.unit).toBe('pence');
    const q2 = json.quarters.find((q: { area: string; period: string }) => q.area === 'Dover' && q.period === '2022/23 Q2');
    expect(q2.deductionPence).toBe(58_285);
    expect(Number.isInteger(q2.paidPence)).toBe(true);
  });

  it('md has a row per quarter and html is one self-contained page with the same table', () => {
    const md = formatPaymentMarkdown(payments());
    expect(md).toContain('| 2022/23 Q2 | £6,000.00 | £1,200.00 | £274.29 of £600.00 | £342.86 of £600.00 | £582.85 | £0.00 | £5,417.15 | 2022-10-31 |');
    const html = formatPaymentHtml(payments());
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<td>£274.29 of £600.00</td>');
    expect(html).not.toMatch(/<script|<link|src="http/);
  });
});
