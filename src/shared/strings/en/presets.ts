export const presets = {
  title: 'Variants',
  hint: 'Changes apply to files prepared after you save.',
  main: 'Main image',
  thumb: 'Thumbnail',
  format: (variant: string): string => `${variant} format`,
  longestSide: (variant: string): string => `${variant} longest side (px)`,
  sizeCap: (variant: string): string => `${variant} size cap (KB)`,
  save: 'Save variants',
  reset: 'Reset to defaults',
};
