export const settings = {
  title: 'Settings',
  close: 'Close settings',
};
