import { createElement, Fragment, type ReactNode } from 'react';
import type { Parts } from '../../../shared/strings';

/** A catalogue sentence with nodes inside it, rendered in the catalogue's own word order. */
export function parts(list: Parts<ReactNode>): ReactNode {
  // Passed as separate children, so React needs no keys for them.
  return createElement(Fragment, null, ...list);
}
