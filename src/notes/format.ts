/** Text formats shared by the exports: Markdown escaping and RFC 4180 CSV. Pure. */

// CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that start markup
// anywhere in a line ($ for Obsidian maths, & for entities, | for tables, ~ for strikethrough).
const INLINE = /[\\`*_[\]<>&|~$]/g;
// These only mean something at the start of a line (CommonMark): ATX headings, block quotes, list
// markers followed by a space, setext underlines and thematic breaks.
const LINE_START = /^(#{1,6}(?=\s|$)|>|[-+](?=\s|$)|=+\s*$|-+\s*$|\d{1,9}[.)](?=\s|$))/;

/** Escapes text so Markdown shows it literally (note text is never markup). */
export function escapeMarkdown(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(INLINE, '\\$&')
        // Leading indentation would turn the line into a code block.
        .replace(/^[ \t]+/, '')
        .replace(LINE_START, (mark: string) =>
          /^\d/.test(mark) ? `${mark.slice(0, -1)}\\${mark.slice(-1)}` : `\\${mark}`,
        ),
    )
    .join('\n');
}

/** A URL safe inside Markdown angle brackets `<…>` (no spaces, no angle brackets). */
export function markdownUrl(url: string): string {
  return url.replace(/[\s<>]/g, (c) => encodeURIComponent(c));
}

/** Neutralises a cell a spreadsheet would run as a formula (= + - @, tab, CR) with a leading quote. */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(value: string): string {
  const v = neutraliseCell(value);
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** A CSV document: UTF-8 BOM (so Excel reads Chinese), CRLF line ends, every cell neutralised. */
export function csvDocument(rows: string[][]): string {
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
