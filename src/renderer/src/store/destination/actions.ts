import type { BatchDestination } from '../../../../shared/jobs';
import { useSettings } from '../settings/state';
import { useDestination } from './state';
import type { CustomFieldsView } from '../../../../shared/custom-metadata';
import { uploader } from '../../bridge';
import { strings } from '../../../../shared/strings';

/**
 * Asks where the next batch goes. Resolves to the choice, to null when the person cancels, or to
 * undefined when they chose not to be asked (the Settings folder and tags apply).
 */
export function chooseDestination(): Promise<BatchDestination | null | undefined> {
  if (useSettings.getState().view?.upload.askDestination === false) {
    return Promise.resolve(undefined);
  }
  // A second drop while the chooser is open replaces the first: that batch is not added.
  useDestination.getState().answer?.(null);
  return new Promise((resolve) => {
    useDestination.setState({
      answer: (choice) => {
        useDestination.setState({ answer: null });
        resolve(choice);
      },
    });
  });
}

/** The account's custom metadata fields for the chooser's form, or why they cannot be read. */
export async function loadCustomFields(): Promise<CustomFieldsView> {
  try {
    return await uploader.listCustomFields();
  } catch {
    return { state: 'unavailable', message: strings.notices.somethingWrong };
  }
}
