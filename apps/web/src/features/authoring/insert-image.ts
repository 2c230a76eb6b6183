/** Alt text as Markdown can hold it: one line, no brackets (they would end the description early). */
export function cleanAlt(alt: string): string {
  return alt
    .replace(/[[\]\r\n]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * `body` with `![alt](src)` inserted at `cursor` as a paragraph of its own (blank lines around it where missing),
 * and where the cursor goes after it.
 */
export function insertImage(body: string, cursor: number, alt: string, src: string): { body: string; cursor: number } {
  const at = Math.max(0, Math.min(cursor, body.length));
  const before = body.slice(0, at);
  const after = body.slice(at);
  const head = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const tail = after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : after === '' ? '\n' : '\n\n';
  const image = `![${cleanAlt(alt)}](${src})`;
  return { body: `${before}${head}${image}${tail}${after}`, cursor: before.length + head.length + image.length };
}
