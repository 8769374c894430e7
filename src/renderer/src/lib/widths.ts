/** Widths typed as "400, 800" -> [400, 800]; main checks each (a word becomes NaN and is refused). */
export function parseWidths(text: string): number[] {
  return text
    .split(',')
    .map((w) => w.trim())
    .filter((w) => w.length > 0)
    .map(Number);
}
