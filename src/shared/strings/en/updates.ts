export const updates = {
  restart: 'Restart to update',
  later: 'Later',
  ready: (version: string): string => `Version ${version} is ready to install.`,
  detail: 'Restart now to use it, or it installs the next time you quit the app.',
};
