/** The names of the text forms links are copied or exported in. */
export const formats = {
  url: 'URL',
  markdown: 'Markdown',
  html: 'HTML',
  responsive: 'Responsive',
  json: 'JSON',
  csv: 'CSV',
};
