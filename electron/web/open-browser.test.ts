import { describe, expect, it } from 'vitest';
import { openInBrowser } from './open-browser';

const URL = 'http://127.0.0.1:4321/?token=abc';

describe('openInBrowser', () => {
  it.each([
    ['the opener exits with an error (no desktop to open it in)', ['false', []] as const],
    ['the opener is not installed', ['braid-no-such-opener', []] as const],
  ])('says "open this link in your browser" with the link when %s', async (_case, opener) => {
    const lines: string[] = [];
    expect(await openInBrowser(URL, (line) => lines.push(line), opener)).toBe(false);
    expect(lines).toEqual([`Braid could not open your browser. Open this link in your browser:\n  ${URL}`]);
  });

  it('says nothing when the browser opened', async () => {
    const lines: string[] = [];
    expect(await openInBrowser(URL, (line) => lines.push(line), ['true', []])).toBe(true);
    expect(lines).toEqual([]);
  });
});
