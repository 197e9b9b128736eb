import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { analyzePlan } from '../../shared/domain/analysis';
import type { Plan } from '../../shared/domain/plan/schema';
import { RESOURCES_DIR } from './harness';

/** Every screen of the demo, for the tests that walk them all (words, accessibility). */

export const demo = JSON.parse(readFileSync(join(RESOURCES_DIR, 'demo.braid.json'), 'utf8')) as Plan;

export function screensOf(plan: Plan): string[] {
  const analysis = analyzePlan(plan);
  // The people whose profiles say the most: flagged rotations, a slate, a backfill.
  const flagged = [...new Set(analysis.flags.map((f) => f.personId).filter((id): id is string => typeof id === 'string'))].slice(0, 3);
  const role = plan.roles.find((r) => !r.retired);
  return [
    '#/dashboard',
    '#/people',
    ...flagged.map((id) => `#/profile?personId=${encodeURIComponent(id)}`),
    '#/rotations',
    '#/succession',
    ...(role ? [`#/succession?roleId=${encodeURIComponent(role.id)}`] : []),
    '#/scenarios',
    '#/cost',
    '#/review',
    '#/framework',
    '#/reports',
    '#/orgchart',
  ];
}

export async function arrive(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
}

