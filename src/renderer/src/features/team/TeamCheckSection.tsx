import { useEffect } from 'react';
import type { SettingsView } from '../../../../shared/settings';
import type { TeamCheckView } from '../../../../shared/team-check';
import { strings } from '../../../../shared/strings';
import { loadTeamCheck, setUpTeamCheck } from '../../store/team/actions';
import { useTeamCheck } from '../../store/team/state';

const t = strings.teamCheck;

/** The sentence for where the check stands (null: still asking main). */
function statusText(team: TeamCheckView | null): string {
  if (team === null) return t.checking;
  switch (team.state) {
    case 'ready':
      return t.ready;
    case 'missing':
      return t.missing;
    case 'local-only':
      return t.localOnly;
    case 'unavailable':
      return team.message;
  }
}

function statusClass(team: TeamCheckView | null): string {
  if (team?.state === 'ready') return 'test-result ok';
  return team?.state === 'unavailable' ? 'test-result bad' : 'hint';
}

/** The team duplicate check: what it is, whether it is set up, and the button that sets it up. */
export function TeamCheckSection({ view }: { view: SettingsView }) {
  const team = useTeamCheck((s) => s.view);
  const settingUp = useTeamCheck((s) => s.settingUp);
  // Read again whenever the connection or the key changes: the answer belongs to one account.
  const connection = JSON.stringify([view.connection, view.privateKey.set]);
  useEffect(() => {
    void loadTeamCheck();
  }, [connection]);
  return (
    <section className="section" aria-labelledby="team-check-title">
      <h3 id="team-check-title">{t.section}</h3>
      <p className="hint">{t.explain}</p>
      <p className={statusClass(team)} role="status">
        {statusText(team)}
      </p>
      {team?.state === 'missing' && (
        <div className="section-actions">
          <button
            type="button"
            className="button primary"
            disabled={settingUp}
            onClick={() => void setUpTeamCheck()}
          >
            {settingUp ? t.settingUp : t.setUp}
          </button>
        </div>
      )}
    </section>
  );
}
