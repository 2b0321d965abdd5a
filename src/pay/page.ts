/**
 * `pay` and `comply` write HTML as their Markdown rendered into one self-contained page (inline
 * CSS, no script, nothing fetched), so the two formats always say the same thing.
 */
import MarkdownIt from 'markdown-it';
import { htmlPage } from '../html-page.js';
import { escapeCell } from '../report/markdown.js';

// Raw HTML off: register text (evidence titles) is escaped as Markdown and can inject nothing.
const markdownIt = new MarkdownIt({ html: false, linkify: false, typographer: false });

const STYLE = `
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1b1b; max-width: 64rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; border-bottom: 2px solid #ddd; padding-bottom: .2rem; margin-top: 2.2rem; } h3 { font-size: 1.1rem; }
table { margin: .6rem 0; font-size: .92rem; }
th, td { border: 1px solid #ccc; padding: .25rem .6rem; }
td:has(> .money), th.num { text-align: right; }
th { background: #f3f3f3; }
code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .88em; }
`;

export function markdownPage(title: string, markdown: string): string {
  return htmlPage({ title, body: markdownIt.render(markdown), extraCss: STYLE });
}

/** A GitHub-flavoured Markdown table, every cell escaped. */
export function markdownTable(header: string[], rows: string[][]): string[] {
  return [`| ${header.map(escapeCell).join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(escapeCell).join(' | ')} |`)];
}
