/** Tags typed as "a, b , c" -> ["a", "b", "c"]; empty parts dropped. */
export function parseTags(text: string): string[] {
  return text
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}
