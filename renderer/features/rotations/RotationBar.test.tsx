// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzePlan } from '../../../shared/domain/analysis';
import { resolvePolicy } from '../../../shared/domain/plan/defaults';
import { planWith } from '../../../shared/domain/testing/plan-builder';
import { PlannerContext, type Planner } from './planner-context';
import { plannerFlagsOf } from '../../../shared/domain/analysis/flags-by-rotation';
import { plannerLanes } from './planner-lanes';
import { RotationBar } from './RotationBar';
import { dateLabel, timelineScale } from './timeline-scale';

const plan = planWith({
  people: [{ id: 'ana', name: 'Ana Petrova', track: 'linear' }],
  rotations: [{ personId: 'ana', hostId: 'sales-hub', start: '2027-01-01', end: '2027-06-30' }],
});
const flags = plannerFlagsOf(analyzePlan(plan));

function renderBar(snap: Planner['snap'] = 'month') {
  const scale = timelineScale('2026-01-01', '2028-12-31', 'months');
  const [lane] = plannerLanes(plan, flags, scale.originIso, { view: 'person', showCancelled: false, query: '', everyone: false });
  const planner: Planner = {
    scale,
    snap,
    view: 'person',
    policy: resolvePolicy(plan.framework),
    flags,
    selectedId: null,
    highlightedIds: new Set(),
    open: vi.fn(),
    draft: vi.fn(),
    move: vi.fn(),
  };
  render(
    <PlannerContext.Provider value={planner}>
      <RotationBar bar={lane.bars[0]} flags={flags.ofRotation('rot-1')} selected={false} />
    </PlannerContext.Provider>,
  );
  return { planner, bar: screen.getByRole('button', { name: /Sales & Customer|Sales hub/ }) };
}

afterEach(cleanup);

describe('a rotation bar', () => {
  it('sits where its dates are on the axis', () => {
    const { bar } = renderBar();
    // 2027-01-01 is day 365 of an axis from 2026-01-01, at 3.6 px a day; 181 days wide.
    expect(bar.style.left).toBe(`${365 * 3.6}px`);
    expect(bar.style.width).toBe(`${181 * 3.6}px`);
  });

  it('names its dates, status and flags, and is described by the tooltip that explains them', () => {
    const { bar } = renderBar();
    // Dates read in the user's locale (formatDay), whatever this machine's is.
    expect(bar.getAttribute('aria-label')).toContain(`${dateLabel('2027-01-01')} to ${dateLabel('2027-06-30')}, planned, 1 flag: Linear track`);
    const tip = document.getElementById(bar.getAttribute('aria-describedby')!)!;
    expect(tip.getAttribute('role')).toBe('tooltip');
    expect(tip.textContent).toMatch(/Linear track:.*Ana Petrova is on the linear track/);
  });

  it('moves by the snap unit on arrows and changes its end on shift+arrows, one commit per key', () => {
    const { planner, bar } = renderBar('month');
    fireEvent.keyDown(bar, { key: 'ArrowRight' });
    expect(planner.move).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'rot-1' }), { start: '2027-02-01', end: '2027-07-31' }, 'key');
    fireEvent.keyDown(bar, { key: 'ArrowLeft', shiftKey: true });
    expect(planner.move).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'rot-1' }), { start: '2027-01-01', end: '2027-05-31' }, 'key');
    expect(planner.move).toHaveBeenCalledTimes(2);
  });

  it('moves a week at a time when snapping to weeks, and opens its details on Enter', () => {
    const { planner, bar } = renderBar('week');
    fireEvent.keyDown(bar, { key: 'ArrowLeft' });
    expect(planner.move).toHaveBeenLastCalledWith(expect.anything(), { start: '2026-12-25', end: '2027-06-23' }, 'key');
    fireEvent.keyDown(bar, { key: 'Enter' });
    expect(planner.open).toHaveBeenCalledWith('rot-1');
  });

  it('leaves Alt/Ctrl+arrows alone (they belong to the browser and the shell)', () => {
    const { planner, bar } = renderBar();
    fireEvent.keyDown(bar, { key: 'ArrowRight', ctrlKey: true });
    fireEvent.keyDown(bar, { key: 'ArrowRight', altKey: true });
    expect(planner.move).not.toHaveBeenCalled();
  });
});
