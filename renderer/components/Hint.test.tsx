// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Hint } from './Hint';

afterEach(cleanup);

describe('Hint', () => {
  it('shows on keyboard focus as a tooltip that describes the control, and Escape hides it', async () => {
    render(
      <>
        <button type="button">Before</button>
        <Hint text="Scroll to today (the plan's as-of date)">
          <button type="button">Today</button>
        </Hint>
      </>,
    );
    expect(screen.queryByRole('tooltip')).toBeNull();
    await userEvent.tab();
    await userEvent.tab();
    const today = screen.getByRole('button', { name: 'Today' });
    expect(document.activeElement).toBe(today);
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip.textContent).toBe("Scroll to today (the plan's as-of date)");
    expect(today.getAttribute('aria-describedby')).toBe(tooltip.id);
    // The name stays the button's own; no title attribute is left for the mouse alone.
    expect(today.getAttribute('title')).toBeNull();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});
