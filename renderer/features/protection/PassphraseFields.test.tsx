// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { PassphraseFields, type OtherWayIn } from './PassphraseFields';

afterEach(cleanup);

const hintFor = (otherWayIn: OtherWayIn) => {
  const { container } = render(<PassphraseFields value={{ passphrase: 'river otter lantern quay', repeat: '' }} onChange={() => undefined} otherWayIn={otherWayIn} />);
  return container.querySelector('.strength')!.textContent!;
};

describe('the strength hint of a new passphrase', () => {
  it('says a recovery key comes next only where one is issued next, and never that nobody can recover it before', () => {
    expect(hintFor('key-comes-next')).toBe(' Strong: Make sure you can remember it. Braid gives you a recovery key on the next screen: the only other way in.');
    cleanup();
    expect(hintFor('key-kept')).toContain('Your recovery key stays the only other way in.');
    cleanup();
    // A protected copy for someone else has no recovery key: the hint must not promise one.
    const forFile = hintFor('none');
    expect(forFile).not.toMatch(/recovery key/);
    expect(forFile).toContain('Nobody can open this file without it.');
  });
});
