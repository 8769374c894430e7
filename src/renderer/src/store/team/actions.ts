import { strings } from '../../../../shared/strings';
import { uploader } from '../../bridge';
import { guard } from '../guard';
import { notify } from '../ui/actions';
import { useTeamCheck } from './state';

/** Asks main where the team duplicate check stands for the connection as it is now. */
export function loadTeamCheck(): Promise<boolean> {
  useTeamCheck.setState({ view: null });
  return guard(async () => useTeamCheck.setState({ view: await uploader.getTeamCheck() }));
}

/** Creates the field (main finds it by name first, so a second press changes nothing). */
export async function setUpTeamCheck(): Promise<boolean> {
  useTeamCheck.setState({ settingUp: true });
  const done = await guard(async () => {
    const view = await uploader.setUpTeamCheck();
    useTeamCheck.setState({ view });
    if (view.state === 'ready') notify(strings.teamCheck.ready);
  });
  useTeamCheck.setState({ settingUp: false });
  return done;
}
