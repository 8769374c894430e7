import { Header } from './features/header/Header';
import { ConnectionBanner } from './features/notice/ConnectionBanner';
import { OfflineBanner } from './features/notice/OfflineBanner';
import { BatchBar } from './features/batch/BatchBar';
import { DropTarget } from './features/drop/DropTarget';
import { JobsArea } from './features/jobs/JobsArea';
import { SettingsDrawer } from './features/settings/SettingsDrawer';
import { Notices } from './features/notice/Notices';

/** Layout only: every part reads its own slice of the stores. */
export function App() {
  return (
    <DropTarget>
      <div className="app">
        <Header />
        <ConnectionBanner />
        <OfflineBanner />
        <BatchBar />
        <JobsArea />
      </div>
      <SettingsDrawer />
      <Notices />
    </DropTarget>
  );
}
