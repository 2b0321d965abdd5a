import MarkdownIt from 'markdown-it';

/**
 * The sentences of a seed document as a reader sees them: Markdown and HTML markup, table tabs,
 * link syntax, list markers, bullets and the contents page's dot leaders and page numbers removed.
 */
export function seedSentences(seed: string): string[] {
  const sentences: string[] = [];
  for (const line of seed.split('\n')) {
    const pieces = line
      .replace(/<[^>]+>/g, '\t') // <p>, <ul>, <b>: each starts a new piece of text
      .split(/[\t•]/);
    for (const piece of pieces) {
      const text = normalise(
        piece
          .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // [text](#)
          .replace(/\\([()[\]])/g, '$1')
          .replace(/\*+/g, '')
          .replace(/^\s*#+\s*/, '')
          .replace(/^\s*(?:[-*]|\d+\.)(?:\s+|$)/, '')
          .replace(/\s*\.{3,}\s*$/, ''), // contents page dot leaders
      );
      if (text === '' || /^\d+$/.test(text)) continue; // empty bullets, page numbers
      sentences.push(...text.split(/(?<=[.?!])\s+/).filter((sentence) => sentence.length > 0));
    }
  }
  return sentences;
}

/** Whitespace and quotation marks only: curly and straight quotes count as the same. */
export function normalise(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

const markdownIt = new MarkdownIt({ html: false });
const INLINE_TAGS = /<\/?(?:strong|em|code|a|s)\b[^>]*>/g;

/** The text a reader of the rendered Markdown sees: markup and escapes gone, entities decoded. */
export function visibleText(markdown: string): string {
  const html = markdownIt.render(markdown);
  return normalise(
    html
      .replace(INLINE_TAGS, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}
