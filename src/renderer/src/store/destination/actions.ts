import type { BatchDestination } from '../../../../shared/jobs';
import { useSettings } from '../settings/state';
import { useDestination } from './state';

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
