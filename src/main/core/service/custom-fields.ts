/**
 * The account's custom metadata fields for the service (read once per connection, by the
 * session), and the check a batch's values meet before its files are added.
 */
import {
  customValuesProblems,
  type CustomField,
  type CustomFieldsView,
  type CustomValues,
} from '../../../shared/custom-metadata';
import { strings } from '../../../shared/strings';
import { TEAM_SHA_FIELD } from '../../../shared/team-check';
import { InvalidInputError } from '../common/validate';
import { LibraryError } from '../library/browse';
import type { LibraryResult } from '../imagekit/library';
import type { ConnectionSession } from './connection-session';

export class CustomFields {
  constructor(
    private readonly session: ConnectionSession,
    private readonly log: (line: string) => void,
  ) {}

  /** The fields, or the sentence that says why they cannot be read. */
  async view(): Promise<CustomFieldsView> {
    let result: LibraryResult<CustomField[]>;
    try {
      result = await this.session.customFields();
    } catch (err) {
      if (err instanceof LibraryError) {
        return { state: 'unavailable', message: strings.customMetadata.needsKey };
      }
      throw err;
    }
    if (!result.ok) {
      this.log(`custom metadata fields: ${result.error.message}`);
      return { state: 'unavailable', message: result.error.message };
    }
    // The team duplicate check's field is filled in by the app, never by a person.
    return { state: 'ready', fields: result.value.filter((f) => f.name !== TEAM_SHA_FIELD) };
  }

  /**
   * Throws the sentence for the first value a field refuses, or a required field left empty.
   * Values that cannot be checked (no private key) go as they are: ImageKit checks them.
   */
  async check(values: CustomValues | undefined): Promise<void> {
    if (!values || Object.keys(values).length === 0) return;
    const view = await this.view();
    if (view.state !== 'ready') return;
    const [problem] = customValuesProblems(view.fields, values);
    if (problem) throw new InvalidInputError(problem.message);
  }
}
