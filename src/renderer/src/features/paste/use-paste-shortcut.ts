import { useEffect } from 'react';
import { pasteClipboard } from '../../store/jobs/actions';
import { inDialog, inTextInput } from '../../lib/key-targets';

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
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, []);
}
