/** Sentences of the local upload server: what callers are told and what Settings shows. */
import { strings } from '../../../shared/strings';

export const PICGO_MESSAGES = strings.picgo;
