import { describe, expect, it } from 'vitest';
import { FLAG_CODES } from '../../shared/domain/model';
import { arrive, demo, screensOf } from './demo-screens';
import { startApp } from './harness';

/**
 * Every word true on every screen: the demo walked screen by screen, and each screen's text read
 * as a manager reads it — no flag code, no ISO day (screens write days in the user's locale), no
 * "1 roles".
 */

const FLAG_CODE = new RegExp(`\\b(${FLAG_CODES.join('|')})\\b`);
const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/;
const COUNTED = 'roles|people|persons|rotations|successors|hosts|flags|months|years|days|weeks|domains|threads|moves|reviews|steps|gaps|candidates|warnings|items|assessments|participants|rows|columns|backups|scenarios|actions|quarters';
const ONE_MANY = new RegExp(`(?<![\\d.,])\\b1 (${COUNTED})\\b`);

/** The sentence around a match, for a message a reader can act on. */
const around = (text: string, match: RegExpExecArray): string => text.slice(Math.max(0, match.index - 60), match.index + match[0].length + 60).replace(/\s+/g, ' ');

describe('words on every screen of the demo', () => {
  it('shows no flag code, no ISO day and no "1 roles" anywhere', async () => {
    const app = await startApp({ plan: 'demo' });
    try {
      const problems: string[] = [];
      for (const hash of screensOf(demo)) {
        await arrive(app.page, `${app.shell.url}${hash}`);
        const text = await app.page.locator('main').innerText();
        for (const [what, pattern] of [['a flag code', FLAG_CODE], ['an ISO day', ISO_DAY], ['"1 …s"', ONE_MANY]] as const) {
          const found = pattern.exec(text);
          if (found) problems.push(`${hash}: ${what} “${found[0]}” in “…${around(text, found)}…”`);
        }
      }
      expect(problems).toEqual([]);
    } finally {
      await app.close();
    }
  }, 240_000);
});
