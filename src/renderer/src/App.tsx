import { Header } from './features/header/Header';
import { ConnectionBanner } from './features/notice/ConnectionBanner';
import { OfflineBanner } from './features/notice/OfflineBanner';
import { WatchOffers } from './features/watch/WatchOffers';
import { TestServerBanner } from './features/test-server/TestServerBanner';
import { BatchBar } from './features/batch/BatchBar';
import { DropTarget } from './features/drop/DropTarget';
import { JobsArea } from './features/jobs/JobsArea';
import { HistoryView } from './features/history/HistoryView';
import { LibraryView } from './features/library/LibraryView';
import { useUi } from './store/ui/state';
import { SettingsDrawer } from './features/settings/SettingsDrawer';
import { Notices } from './features/notice/Notices';
import { DestinationChooser } from './features/destination/DestinationChooser';
import { usePasteShortcut } from './features/paste/use-paste-shortcut';
import { useMenuCommands } from './features/menu/use-menu-commands';
import { useShortcutsKey } from './features/menu/use-shortcuts-key';
import { ShortcutsDialog } from './features/menu/ShortcutsDialog';
import { AltDialog } from './features/alt/AltDialog';
import { SidecarReport } from './features/sidecar/SidecarReport';

/** Layout only: every part reads its own slice of the stores. */
export function App() {
  const view = useUi((s) => s.view);
  usePasteShortcut();
  useMenuCommands();
  useShortcutsKey();
  return (
    <DropTarget>
      <div className="app">
        <Header />
        <ConnectionBanner />
        <TestServerBanner />
        <OfflineBanner />
        <WatchOffers />
        {/* The main landmark holds the view; the tab panel inside it is what the tabs control. */}
        <main className="main-landmark">
          <div
            className="main-view"
            id="main-view"
            role="tabpanel"
            aria-labelledby={`view-tab-${view}`}
          >
            {view === 'history' ? (
              <HistoryView />
            ) : view === 'library' ? (
              <LibraryView />
            ) : (
              <>
                <BatchBar />
                <JobsArea />
              </>
            )}
          </div>
        </main>
      </div>
      <SettingsDrawer />
      <DestinationChooser />
      <ShortcutsDialog />
      <AltDialog />
      <SidecarReport />
      <Notices />
    </DropTarget>
  );
}
