import { useEffect } from 'react';
import { pasteClipboard } from '../../store/actions';

/** Whether the key press belongs to a text box (its own paste must keep working). */
function inTextInput(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

/** Ctrl+V (Cmd+V on macOS) anywhere but a text box adds what the clipboard holds. */
export function usePasteShortcut(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = navigator.platform.startsWith('Mac') ? e.metaKey : e.ctrlKey;
      if (!mod || e.altKey || e.shiftKey || e.key.toLowerCase() !== 'v') return;
      if (e.repeat || inTextInput(e.target)) return;
      e.preventDefault();
      void pasteClipboard();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
