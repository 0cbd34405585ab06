/**
 * Fixed-width text for a receipt printer's monospaced font: two columns on one line, and word
 * wrapping that never splits a word shorter than the width. Pure string work, tested alone.
 */

/**
 * Breaks `text` into lines of at most `width` characters at spaces; a word longer than the width
 * is cut into pieces of exactly `width`.
 */
export function wrapText(text: string, width: number): string[] {
  if (width < 1) throw new RangeError(`wrapText needs a width of at least 1, got ${width}`);
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    let rest = word;
    while (rest.length > width) {
      if (current.length > 0) {
        lines.push(current);
        current = '';
      }
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
    }
    if (current.length === 0) current = rest;
    else if (current.length + 1 + rest.length <= width) current = `${current} ${rest}`;
    else {
      lines.push(current);
      current = rest;
    }
  }
  if (current.length > 0 || lines.length === 0) lines.push(current);
  return lines;
}

/**
 * Lays `left` and `right` out on lines of exactly `width` characters: `right` flush right on the
 * first line, `left` wrapped into the space before it (one space between them at least), each of
 * its lines indented by `indent` spaces.
 */
export function twoColumns(left: string, right: string, width: number, indent = 0): string[] {
  const leftWidth = Math.max(1, width - right.length - 1 - indent);
  const pad = ' '.repeat(indent);
  const [first = '', ...more] = wrapText(left, leftWidth).map((line) => pad + line);
  return [first.padEnd(width - right.length) + right, ...more.map((line) => line.padEnd(width))];
}

/** Centres `text` on a line of `width` characters (extra space goes to the right). */
export function centre(text: string, width: number): string {
  if (text.length >= width) return text.slice(0, width);
  const left = Math.floor((width - text.length) / 2);
  return ' '.repeat(left) + text + ' '.repeat(width - text.length - left);
}
