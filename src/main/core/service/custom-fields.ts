/**
 * The account's custom metadata fields for the service: read once per connection (the key and
 * the servers it goes to), and the check a batch's values meet before its files are added.
 */
import {
  customValuesProblems,
  type CustomFieldsView,
  type CustomValues,
} from '../../../shared/custom-metadata';
import { strings } from '../../../shared/strings';
import { TEAM_SHA_FIELD } from '../../../shared/team-check';
import { InvalidInputError } from '../common/validate';
import { LibraryError } from '../library/browse';
import type { LibraryClient } from '../ports';
import type { ConnectionSession } from './connection-session';

export class CustomFields {
  private cached: { readonly key: string; readonly view: CustomFieldsView } | null = null;

  constructor(
    private readonly session: ConnectionSession,
    private readonly log: (line: string) => void,
  ) {}

  /** The fields, or the sentence that says why they cannot be read (never cached then). */
  async view(): Promise<CustomFieldsView> {
    const keyed = this.session.connectionIdentity();
    if (this.cached?.key === keyed) return this.cached.view;
    let client: LibraryClient;
    try {
      client = this.session.libraryClient();
    } catch (err) {
      if (err instanceof LibraryError) {
        return { state: 'unavailable', message: strings.customMetadata.needsKey };
      }
      throw err;
    }
    const result = await client.listCustomFields();
    if (!result.ok) {
      this.log(`custom metadata fields: ${result.error.message}`);
      return { state: 'unavailable', message: result.error.message };
    }
    // The team duplicate check's field is filled in by the app, never by a person.
    const fields = result.value.filter((f) => f.name !== TEAM_SHA_FIELD);
    const view: CustomFieldsView = { state: 'ready', fields };
    this.cached = { key: keyed, view };
    return view;
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
