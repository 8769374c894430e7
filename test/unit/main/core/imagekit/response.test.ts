import { describe, expect, it } from 'vitest';
import {
  refFromResponse,
  type AttemptRequest,
} from '../../../../../src/main/core/imagekit/attempt';

const request = (draftAlt: boolean): AttemptRequest => ({
  name: 'a.webp',
  data: new Uint8Array(10),
  format: 'webp',
  folder: '/blog',
  tags: [],
  ...(draftAlt ? { draftAlt: true } : {}),
});

const answer = {
  fileId: 'f1',
  url: 'https://ik.imagekit.io/demo/blog/a.webp',
  name: 'a.webp',
  filePath: '/blog/a.webp',
  size: 10,
};

describe('the upload answer', () => {
  it('keeps an AI draft of the description only when one was asked for and it succeeded', () => {
    const drafted = {
      ...answer,
      description: ' A harbour at dusk ',
      extensionStatus: { 'ai-auto-description': 'success' },
    };
    expect(refFromResponse(drafted, request(true))).toMatchObject({ drafted: 'A harbour at dusk' });
    expect(refFromResponse(drafted, request(false))).not.toHaveProperty('drafted');
    const pending = { ...drafted, extensionStatus: { 'ai-auto-description': 'pending' } };
    expect(refFromResponse(pending, request(true))).not.toHaveProperty('drafted');
    const empty = { ...drafted, description: '  ' };
    expect(refFromResponse(empty, request(true))).not.toHaveProperty('drafted');
  });

  it('refuses an answer without a fileId or url', () => {
    expect(refFromResponse({ url: 'x' }, request(false))).toMatchObject({ kind: 'bad-response' });
    expect(refFromResponse({ fileId: 'x' }, request(false))).toMatchObject({
      kind: 'bad-response',
    });
  });
});
