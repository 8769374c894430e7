/** "1 upload" / "3 uploads": English has one singular and one plural form. */
export function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The same, with the number grouped for the person's locale ("12,400 uploads"). */
export function countedLocale(n: number, one: string, many: string): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}
