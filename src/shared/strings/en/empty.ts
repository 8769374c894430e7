/** What the presets sentence of the empty window needs, already formatted. */
export interface PresetFacts {
  readonly mainFormat: string;
  readonly mainSide: number;
  readonly mainBytes: string;
  readonly thumbFormat: string;
  readonly thumbSide: number;
  readonly thumbBytes: string;
}

export const empty = {
  title: 'Drop images or folders here',
  /** `formats` lists what is accepted ("JPEG, PNG … images and SVG drawings"). */
  formats: (formats: string): string => `${formats}, as many as you like.`,
  presets: (p: PresetFacts): string =>
    `Each becomes a ${p.mainFormat} main image (up to ${p.mainSide} px, ${p.mainBytes}) and a ` +
    `${p.thumbFormat} thumbnail (${p.thumbSide} px, ${p.thumbBytes}), then both are uploaded.`,
  chooseImages: 'Choose images…',
  chooseFolder: 'Choose a folder…',
  dropOverlay: 'Drop to add images and folders',
};
