export const tabs = {
  label: 'Show',
  all: 'All',
  active: 'In progress',
  failed: 'Failed',
  done: 'Uploaded',
};
