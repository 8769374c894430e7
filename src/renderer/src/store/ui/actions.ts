import { useUi, type ListFilter, type MainView, type Notice } from './state';

let nextNotice = 1;

/** Show a short message at the bottom of the window; it goes away by itself. */
export function notify(text: string, tone: Notice['tone'] = 'info'): void {
  const notice = { id: nextNotice++, tone, text };
  useUi.setState((s) => ({ notices: [...s.notices.slice(-2), notice] }));
  setTimeout(() => dismissNotice(notice.id), tone === 'error' ? 9000 : 2500);
}

export function dismissNotice(id: number): void {
  useUi.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}

export function openSettings(open: boolean): void {
  useUi.setState({ settingsOpen: open });
}

export function setFilter(filter: ListFilter): void {
  useUi.setState({ filter });
}

export function showView(view: MainView): void {
  useUi.setState({ view });
}

export function openShortcuts(open: boolean): void {
  useUi.setState({ shortcutsOpen: open });
}
