/** Where a key or clipboard event happened, for page-wide shortcuts that must stay out of the way. */

/** Whether the event belongs to a text box (its own paste and typing must keep working). */
export function inTextInput(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

/** Whether the event happened inside an open dialog, which has its own keys. */
export function inDialog(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[aria-modal="true"]') !== null;
}
