import { useEffect } from 'react';
import { pasteClipboard } from '../../store/actions';
import { openShortcuts } from '../../store/ui';

/** Whether the event belongs to a text box (its own paste and typing must keep working). */
export function inTextInput(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

/** Whether the event happened inside an open dialog, which has its own keys. */
function inDialog(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[aria-modal="true"]') !== null;
}

/**
 * Paste anywhere but a text box adds what the clipboard holds. The page listens to the paste
 * event rather than to Ctrl/Cmd+V, so the keyboard and Edit → Paste in the application menu
 * (which pastes into the page) take the same road, once.
 */
export function usePasteShortcut(): void {
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      if (inTextInput(e.target) || inDialog(e.target)) return;
      e.preventDefault();
      void pasteClipboard();
    };
    // ? lists the keyboard shortcuts, as Help → Keyboard Shortcuts does.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '?' || e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
      if (inTextInput(e.target) || inDialog(e.target)) return;
      e.preventDefault();
      openShortcuts(true);
    };
    document.addEventListener('paste', onPaste);
    window.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('paste', onPaste);
      window.removeEventListener('keydown', onKey);
    };
  }, []);
}
