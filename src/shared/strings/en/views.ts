export const views = {
  label: 'View',
  uploads: 'Uploads',
  history: 'History',
  library: 'Library',
};
