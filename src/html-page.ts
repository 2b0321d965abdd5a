/**
 * The one shell of every HTML file servicespec writes (the rendered spec, the monitoring report,
 * the payment and compliance pages): a self-contained page that can be emailed or attached to a
 * contract and still look the same. Inline CSS only, no script, nothing fetched.
 */

/** Text safe in HTML content and in attribute values (either quote). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// What every page shares; each page adds its own look after it, so its rules win where they differ.
const BASE_CSS = `
:root { color-scheme: light; }
table { border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; }
@media print { body { margin: 0; max-width: none; } h2, h3 { break-after: avoid; } tr { break-inside: avoid; } }
`;

export interface HtmlPageOptions {
  /** plain text; escaped here */
  title: string;
  /** HTML, already escaped by the caller */
  body: string;
  /** the page's own styles, after the shared ones */
  extraCss?: string;
}

export function htmlPage({ title, body, extraCss = '' }: HtmlPageOptions): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${BASE_CSS}${extraCss}</style>`,
    '</head>',
    '<body>',
    '<main>',
    body.trimEnd(),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
