import MarkdownIt from 'markdown-it';
import { htmlPage } from '../html-page.js';
import type { ServiceSpec } from '../spec/types.generated.js';
import { renderMarkdown, type RenderOptions } from './markdown.js';

// Raw HTML stays off: spec text is escaped as Markdown, and nothing in a spec may inject markup.
const markdownIt = new MarkdownIt({ html: false, linkify: false, typographer: false });

// A contract document: print-friendly, in the plain type of the seed specifications.
const STYLE = `
body { font-family: Arial, "Helvetica Neue", Helvetica, sans-serif; font-size: 11pt; line-height: 1.45;
  color: #1b1b1b; background: #fff; max-width: 60rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.8em; margin: 0 0 .6em; }
h2 { font-size: 1.35em; margin: 1.8em 0 .5em; border-bottom: 1px solid #bbb; padding-bottom: .2em; }
h3 { font-size: 1.15em; margin: 1.4em 0 .4em; }
h4, h5, h6 { font-size: 1em; margin: 1.2em 0 .3em; }
p, li { overflow-wrap: anywhere; }
table { width: 100%; margin: .8em 0 1.2em; font-size: .95em; }
th, td { border: 1px solid #8a8a8a; padding: .35em .5em; overflow-wrap: anywhere; min-width: 6em; }
th { background: #e8edf2; }
tr:nth-child(even) td { background: #f7f9fb; }
code { font-family: Consolas, "Liberation Mono", Menlo, monospace; font-size: .9em; background: #f1f1f1; padding: 0 .2em; }
blockquote { margin: 1em 0; padding: .2em 1em; border-left: 4px solid #7a8fa6; background: #f5f7fa; }
a { color: #1d4f91; }
@media print {
  body { font-size: 10pt; }
  blockquote { break-inside: avoid; }
  a { color: inherit; }
}
`;

/** The rendered Markdown as one self-contained HTML file: no scripts, no external stylesheets or images. */
export function renderHtml(spec: ServiceSpec, opts: RenderOptions = {}): string {
  return htmlPage({ title: spec.title, body: markdownIt.render(renderMarkdown(spec, opts)), extraCss: STYLE });
}
