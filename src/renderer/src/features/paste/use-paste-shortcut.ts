import { useEffect } from 'react';
import { pasteFrom } from '../../store/jobs/link-actions';
import { inDialog, inTextInput } from '../../lib/key-targets';

/**
 * Paste anywhere but a text box adds what the clipboard holds: images, image files, or links
 * to images. The page listens to the paste
 * event rather than to Ctrl/Cmd+V, so the keyboard and Edit → Paste in the application menu
 * (which pastes into the page) take the same road, once.
 */
export function usePasteShortcut(): void {
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      if (inTextInput(e.target) || inDialog(e.target)) return;
      e.preventDefault();
      // Copied image addresses arrive as text; main reads images and files itself.
      const data = e.clipboardData;
      void pasteFrom(data?.files.length ?? 0, data?.getData('text/plain') ?? '');
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, []);
}
