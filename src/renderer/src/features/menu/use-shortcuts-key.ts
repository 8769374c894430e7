import { useEffect } from 'react';
import { inDialog, inTextInput } from '../../lib/key-targets';
import { openShortcuts } from '../../store/ui/actions';

/** ? anywhere but a text box or a dialog lists the keyboard shortcuts, as Help → Keyboard Shortcuts does. */
export function useShortcutsKey(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '?' || e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
      if (inTextInput(e.target) || inDialog(e.target)) return;
      e.preventDefault();
      openShortcuts(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
