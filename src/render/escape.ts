/**
 * Text from a spec is the commissioner's words, never Markdown: every character that Markdown or
 * HTML would read as markup is escaped so the document shows exactly what the spec holds.
 */

// Every ASCII punctuation character CommonMark lets us backslash-escape that can start or end markup
// in markdown-it's default preset (emphasis, code, links, autolinks, HTML, tables, strikethrough);
// "!" needs no escape because the "[" of an image always is.
const INLINE_MARKUP = /[\\`*_[\]<>|~]/g;

/** Escapes text for use inside a paragraph, list item or heading. Line breaks become spaces. */
export function escapeInline(text: string): string {
  return collapseWhitespace(text)
    .replace(INLINE_MARKUP, (ch) => `\\${ch}`)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

/**
 * Escapes text that starts a block: a leading "#", "-", "+", ">", "=" or "12." would otherwise make
 * a heading, list, quotation or setext underline.
 */
export function escapeBlock(text: string): string {
  return guardBlockStart(escapeInline(text));
}

/** Escapes the start of already-escaped inline Markdown so it stays a plain paragraph. */
export function guardBlockStart(markdown: string): string {
  return markdown.replace(/^([#+\-=>])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Escapes text for a table cell (a cell is never a block, so only inline markup and pipes matter). */
export function escapeCell(text: string): string {
  return escapeInline(text);
}

/** A code span that survives any backticks in its content; for rule text and field names. */
export function codeSpan(text: string): string {
  const content = collapseWhitespace(text);
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = content.startsWith('`') || content.endsWith('`') ? ' ' : '';
  // A pipe would end a table cell even inside a code span in GFM tables.
  return `${fence}${pad}${content.replace(/\|/g, '\\|')}${pad}${fence}`;
}

/** An autolink for a URL the spec holds; anything that is not a plain http(s) URL is printed as text. */
export function autolink(url: string): string {
  return /^https?:\/\/[^\s<>]+$/.test(url) ? `<${url}>` : escapeInline(url);
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
