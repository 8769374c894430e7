/**
 * The team duplicate check's part of the renderer's API: where it stands for the connection,
 * and setting it up (one custom metadata field, made once).
 */
import type { TeamCheckView } from '../../../shared/team-check';
import { SidecarApi } from './sidecar-api';

export abstract class TeamApi extends SidecarApi {
  async getTeamCheck(): Promise<TeamCheckView> {
    return this.parts.team.view();
  }

  async setUpTeamCheck(): Promise<TeamCheckView> {
    return (await this.parts.team.setUp()).view;
  }

  /** Sets the check up and says whether the field was made now (the CLI's team-setup). */
  setUpTeamField(): Promise<{ readonly view: TeamCheckView; readonly created: boolean }> {
    return this.parts.team.setUp();
  }
}
