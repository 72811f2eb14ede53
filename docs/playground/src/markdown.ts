// Stands in for codemirror-json-schema's utils/markdown module (see tools/build.mjs): the same
// export, rendered by markdown-it alone. HTML in the text stays text (markdown-it's default).
import MarkdownIt from 'markdown-it';

const renderer = new MarkdownIt({ linkify: true, typographer: true });

/** Renders schema descriptions and messages for the editor's tooltips. */
export function renderMarkdown(markdown: string, inline = true): string {
  return inline ? renderer.renderInline(markdown) : renderer.render(markdown);
}
