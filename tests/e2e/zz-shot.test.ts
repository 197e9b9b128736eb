import { afterAll, it } from 'vitest';
import { closeBrowser, startApp } from './harness';
afterAll(closeBrowser);
it('shots', async () => {
  const app = await startApp({ plan: 'demo', viewport: { width: 640, height: 400 } });
  const { page } = app;
  await page.getByRole('heading', { name: 'Pipeline', level: 1 }).waitFor();
  const m = await page.evaluate(() => { const n = document.querySelector('.shell-nav')!; const h = document.querySelector('.shell-header')!; return { sw: n.scrollWidth, cw: n.clientWidth, nh: n.getBoundingClientRect().height, hh: h.getBoundingClientRect().height, widths: [...n.querySelectorAll('a')].map(a => Math.round(a.getBoundingClientRect().width)) }; });
  console.log(JSON.stringify(m));
  await page.screenshot({ path: '/tmp/steady/nav-640.png' });
  await app.close();
});
