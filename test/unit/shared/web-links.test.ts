import { describe, expect, it } from 'vitest';
import { linksInText, linksInUriList } from '../../../src/shared/web-links';

describe('linksInText', () => {
  it('takes text made only of http(s) links, one or many, once each', () => {
    expect(linksInText('https://img.test/a.jpg')).toEqual(['https://img.test/a.jpg']);
    expect(
      linksInText('  https://img.test/a.jpg\nHTTP://img.test/b.png  https://img.test/a.jpg\n'),
    ).toEqual(['https://img.test/a.jpg', 'HTTP://img.test/b.png']);
  });

  it('leaves any other text alone', () => {
    expect(linksInText('')).toBeNull();
    expect(linksInText('look at https://img.test/a.jpg')).toBeNull();
    expect(linksInText('ftp://img.test/a.jpg')).toBeNull();
    expect(linksInText('/home/me/a.jpg')).toBeNull();
    expect(linksInText('https://')).toBeNull();
  });
});

describe('linksInUriList', () => {
  it('skips the comment lines a browser may put in a drop', () => {
    expect(linksInUriList('# dragged from a page\r\nhttps://img.test/a.jpg\r\n')).toEqual([
      'https://img.test/a.jpg',
    ]);
    expect(linksInUriList('file:///home/me/a.jpg')).toBeNull();
  });
});
