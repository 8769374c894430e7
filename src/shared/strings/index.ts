/**
 * Every sentence and label the app shows, in one place. `strings` is the active catalogue;
 * `Strings` is its shape, taken from the English one, so a translation is another object of
 * type `Strings` and the compiler lists whatever it lacks. Text with numbers or names in it is a
 * function, so a translation decides plurals and word order. See docs/strings.md.
 */
import { en } from './en';

/** The shape every catalogue has: the English one's, with plain `string` for each text. */
export type Strings = typeof en;

export type { Parts } from './parts';
export type { PresetFacts } from './en/empty';
export type { NameSample } from './en/naming';
export type { Fixes } from './en/fixes';

/** The catalogue in use. */
export const strings: Strings = en;
