import { beforeEach, describe, expect, it } from 'vitest';
import {
  EMPTY_SELECTION,
  useSelection,
  type Selection,
} from '../../../../../src/renderer/src/store/selection/state';
import { forgetMissing } from '../../../../../src/renderer/src/store/selection/actions';
import { moveTo, toggle } from '../../../../../src/renderer/src/store/selection/changes';
import { selectedInOrder } from '../../../../../src/renderer/src/store/selection/selectors';
import {
  listKeyAction,
  selectionAfter,
  type KeyPress,
  type ListKeyAction,
} from '../../../../../src/renderer/src/features/jobs/list-keys';

const IDS = ['a', 'b', 'c', 'd', 'e'];
const key = (k: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});
const selected = (sel: Selection) => selectedInOrder(sel, IDS);

/** Press the keys in turn (as on Windows and Linux) from `start`. */
function press(start: Selection, ...keys: KeyPress[]): Selection {
  let sel = start;
  for (const k of keys) {
    const action = listKeyAction(k, false, 2) as ListKeyAction;
    expect(action, k.key).not.toBeNull();
    if (action.kind === 'remove') throw new Error('remove does not change the selection');
    sel = selectionAfter(sel, action, IDS);
  }
  return sel;
}

describe('the Uploads list keyboard', () => {
  it('arrows move one row and select it; from nowhere they start at an end', () => {
    expect(press(EMPTY_SELECTION, key('ArrowDown'))).toMatchObject({ active: 'a' });
    expect(press(EMPTY_SELECTION, key('ArrowUp'))).toMatchObject({ active: 'e' });
    const sel = press(EMPTY_SELECTION, key('ArrowDown'), key('ArrowDown'), key('ArrowDown'));
    expect(sel.active).toBe('c');
    expect(selected(sel)).toEqual(['c']);
    // The ends hold.
    expect(press(sel, key('ArrowDown'), key('ArrowDown'), key('ArrowDown')).active).toBe('e');
    expect(press(sel, key('Home')).active).toBe('a');
    expect(press(sel, key('End')).active).toBe('e');
    expect(press(sel, key('PageUp')).active).toBe('a');
    expect(press(sel, key('PageDown')).active).toBe('e');
  });

  it('Shift extends from the anchor, both ways; Ctrl moves without selecting', () => {
    const start = moveTo(EMPTY_SELECTION, IDS, 2, 'replace');
    const down = press(start, key('ArrowDown', { shiftKey: true }), key('End', { shiftKey: true }));
    expect(selected(down)).toEqual(['c', 'd', 'e']);
    const up = press(down, key('Home', { shiftKey: true }));
    expect(selected(up)).toEqual(['a', 'b', 'c']);
    const moved = press(up, key('ArrowDown', { ctrlKey: true }));
    expect(moved.active).toBe('b');
    expect(selected(moved)).toEqual(['a', 'b', 'c']);
  });

  it('Space toggles the active row, Ctrl+A selects every row, Escape clears', () => {
    let sel = press(EMPTY_SELECTION, key('ArrowDown'), key('ArrowDown', { ctrlKey: true }));
    sel = press(sel, key(' '));
    expect(selected(sel)).toEqual(['a', 'b']);
    sel = press(sel, key(' '));
    expect(selected(sel)).toEqual(['a']);
    sel = press(sel, key('a', { ctrlKey: true }));
    expect(selected(sel)).toEqual(IDS);
    sel = press(sel, key('Escape'));
    expect(selected(sel)).toEqual([]);
    expect(sel.active).toBe('b');
  });

  it('uses Cmd on macOS, and leaves other keys alone', () => {
    expect(listKeyAction(key('a', { metaKey: true }), true, 5)).toEqual({ kind: 'select-all' });
    expect(listKeyAction(key('a', { ctrlKey: true }), true, 5)).toBeNull();
    expect(listKeyAction(key('a', { metaKey: true }), false, 5)).toBeNull();
    expect(listKeyAction(key('Delete'), false, 5)).toEqual({ kind: 'remove' });
    expect(listKeyAction(key('Backspace'), true, 5)).toEqual({ kind: 'remove' });
    // Copy is the copy event's; Tab walks to the row's buttons; Alt belongs to the OS.
    expect(listKeyAction(key('c', { ctrlKey: true }), false, 5)).toBeNull();
    expect(listKeyAction(key('Tab'), false, 5)).toBeNull();
    expect(listKeyAction(key('ArrowDown', { altKey: true }), false, 5)).toBeNull();
  });

  it('a click with Ctrl adds or takes out one row and keeps the rest', () => {
    const sel = toggle(toggle(moveTo(EMPTY_SELECTION, IDS, 0, 'replace'), 'd'), 'a');
    expect(selected(sel)).toEqual(['d']);
  });
});

describe('the selection follows the list', () => {
  beforeEach(() => useSelection.setState(EMPTY_SELECTION, true));

  it('forgets rows that left the list, and keeps the others', () => {
    useSelection.setState({ selected: new Set(['a', 'b', 'c']), active: 'b', anchor: 'a' }, true);
    forgetMissing((id) => id !== 'b');
    const sel = useSelection.getState();
    expect([...sel.selected]).toEqual(['a', 'c']);
    expect(sel.active).toBeNull();
    expect(sel.anchor).toBe('a');
  });

  it('leaves the store alone when nothing went', () => {
    useSelection.setState({ selected: new Set(['a']), active: 'a', anchor: 'a' }, true);
    const before = useSelection.getState();
    forgetMissing(() => true);
    expect(useSelection.getState()).toBe(before);
  });
});
