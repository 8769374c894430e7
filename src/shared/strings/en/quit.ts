export const quit = {
  stillUploading: (count: number): string =>
    count === 1 ? '1 file is still uploading.' : `${count} files are still uploading.`,
  detail:
    'If you quit now, they continue the next time you open the app. ' +
    'Nothing already uploaded is lost either way.',
  keep: 'Keep uploading',
  quit: 'Quit and continue next time',
};
