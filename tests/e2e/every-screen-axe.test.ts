import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { arrive, demo, screensOf } from './demo-screens';
import { startApp } from './harness';

/** axe on every screen of the demo: no serious or critical violation, in either theme. */
describe.each(['dark', 'light'])('every screen of the demo, %s', (theme) => {
  it('has no serious or critical accessibility violations', async () => {
    const app = await startApp({ plan: 'demo' });
    try {
      const problems: string[] = [];
      for (const hash of screensOf(demo)) {
        await arrive(app.page, `${app.shell.url}&theme=${theme}${hash}`);
        const { violations } = await new AxeBuilder({ page: app.page }).analyze();
        for (const v of violations) {
          if (v.impact !== 'serious' && v.impact !== 'critical') continue;
          problems.push(`${hash}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        }
      }
      expect(problems).toEqual([]);
    } finally {
      await app.close();
    }
  }, 600_000);
});
