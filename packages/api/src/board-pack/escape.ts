/** Text for HTML element content and attribute values (double- or single-quoted): & < > " ' escaped. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/**
 * Text for one cell of a GitHub-flavoured Markdown table (or a line of Markdown): one line, pipes
 * and Markdown's inline punctuation (\\ ` * _ [ ] ~) backslash-escaped, and & < > as entities, since GitHub renders inline
 * HTML.
 */
export function escapeMarkdown(value: string): string {
  return value
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] as string);
}
