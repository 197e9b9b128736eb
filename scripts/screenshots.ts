/**
 * Saves a PNG of every screen, light and dark, to docs/screenshots/<screen>-<theme>.png, using the
 * demo plan. Builds nothing: run `npm run build` first, then `npx tsx scripts/screenshots.ts`.
 * Options (environment): BRAID_SCREENSHOT_PLAN=<plan file> instead of the demo,
 * BRAID_SCREENSHOT_SCREENS=dashboard,people to take only some, BRAID_SCREENSHOT_DIR=<folder>.
 */
import { mkdir } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzePlan, developmentPaths } from '../shared/domain/analysis';
import type { Plan } from '../shared/domain/plan/schema';
import { closeBrowser, ROOT, RESOURCES_DIR, startApp } from '../tests/e2e/harness';

const THEMES = ['light', 'dark'] as const;
const WIDTH = 1440;
const HEIGHT = 900;
/**
 * The window sizes the README shows besides the full-page shots: a 1280×800 laptop, a 1920×1080 desktop and
 * 200 % zoom of the laptop (640×400 CSS pixels at two device pixels each). Taken as the window shows them,
 * not grown to the page: what a user sees without scrolling. BRAID_SCREENSHOT_SIZES=1280x800,… to choose.
 */
const WINDOWS = (process.env.BRAID_SCREENSHOT_SIZES ?? '1280x800,1920x1080,640x400').split(',').map((size) => {
  const [width, height] = size.split('x').map(Number);
  return { width, height };
});

const planFile = process.env.BRAID_SCREENSHOT_PLAN ?? join(RESOURCES_DIR, 'demo.braid.json');
const outDir = process.env.BRAID_SCREENSHOT_DIR ?? join(ROOT, 'docs/screenshots');
const only = process.env.BRAID_SCREENSHOT_SCREENS?.split(',').map((s) => s.trim());

/** The profile worth showing: a braided successor with moves on both sides and something still to plan. */
function interestingPerson(plan: Plan): string {
  const analysis = analyzePlan(plan);
  const successors = new Set(plan.roles.flatMap((r) => r.successors.map((s) => s.personId)));
  let best = { id: plan.people[0]?.id ?? '', score: -1 };
  for (const person of plan.people) {
    if (person.archived || person.track !== 'braided' || !successors.has(person.id)) continue;
    const rotations = plan.rotations.filter((r) => r.personId === person.id && r.status !== 'cancelled');
    const statuses = new Set(rotations.map((r) => r.status));
    const a = analysis.people.get(person.id);
    const feedback = rotations.some((r) => r.feedback.length > 0) ? 2 : 0;
    const suggestions = developmentPaths(plan, analysis, person.id).some((path) => path.steps.length > 0) ? 3 : 0;
    const score = statuses.size * 2 + Math.min(rotations.length, 4) + feedback + suggestions + (a && a.current.front > 0 && a.current.back > 0 ? 2 : 0);
    if (score > best.score) best = { id: person.id, score };
  }
  return best.id;
}

function routesFor(plan: Plan): { screen: string; hash: string }[] {
  const role = plan.roles.find((r) => !r.retired);
  return [
    { screen: 'dashboard', hash: '#/dashboard' },
    { screen: 'people', hash: '#/people' },
    { screen: 'profile', hash: `#/profile?personId=${encodeURIComponent(interestingPerson(plan))}` },
    { screen: 'rotations', hash: '#/rotations' },
    { screen: 'succession', hash: role ? `#/succession?roleId=${encodeURIComponent(role.id)}` : '#/succession' },
    { screen: 'framework', hash: '#/framework' },
    { screen: 'reports', hash: '#/reports' },
  ].filter((r) => !only || only.includes(r.screen));
}

async function main(): Promise<void> {
  if (!existsSync(planFile)) throw new Error(`No plan to photograph at ${planFile}.`);
  const plan = JSON.parse(readFileSync(planFile, 'utf8')) as Plan;
  const routes = routesFor(plan);
  await mkdir(outDir, { recursive: true });
  for (const theme of THEMES) {
    const app = await startApp({ plan: planFile, colorScheme: theme, viewport: { width: WIDTH, height: HEIGHT } });
    try {
      for (const { screen, hash } of routes) {
        const { page } = app;
        await page.setViewportSize({ width: WIDTH, height: HEIGHT });
        await page.goto(`${app.shell.url}&theme=${theme}${hash}`);
        await page.waitForSelector('main h1');
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(300);
        // The main area scrolls inside the window: grow the window to the content so the PNG shows all of it.
        const height = (await page.locator('main').evaluate((main) => main.scrollHeight)) + (await page.locator('.shell-header').evaluate((h) => h.clientHeight));
        if (screen !== 'people' && height > HEIGHT) await page.setViewportSize({ width: WIDTH, height: Math.min(height + 8, 6000) });
        const path = join(outDir, `${screen}-${theme}.png`);
        await page.screenshot({ path });
        console.log(path);
      }
      if (theme === 'light') await windowShots(app, routes);
    } finally {
      await app.close();
    }
  }
  await closeBrowser();
}

/** Each screen at each window size, light theme, as it first shows: header, navigation and the top of the screen. */
async function windowShots(app: Awaited<ReturnType<typeof startApp>>, routes: { screen: string; hash: string }[]): Promise<void> {
  for (const size of WINDOWS) {
    const context = await app.context.browser()!.newContext({ viewport: size, deviceScaleFactor: size.width < 900 ? 2 : 1, colorScheme: 'light', locale: 'en-GB' });
    try {
      const page = await context.newPage();
      for (const { screen, hash } of routes) {
        await page.goto(`${app.shell.url}&theme=light${hash}`);
        await page.waitForSelector('main h1');
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(300);
        const path = join(outDir, `screens-${screen}-${size.width}x${size.height}.png`);
        await page.screenshot({ path });
        console.log(path);
      }
    } finally {
      await context.close();
    }
  }
}

main().catch(async (error) => {
  console.error(error);
  await closeBrowser();
  process.exitCode = 1;
});
