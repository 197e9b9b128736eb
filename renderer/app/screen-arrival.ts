import { useEffect } from 'react';
import { useBraid } from '../store';
import { hashFromRoute } from '../store/navigation-slice';

/** How long a lazily loaded screen may take to draw its heading before we give up focusing it. */
const HEADING_WAIT_FRAMES = 120;

/**
 * Each screen starts at its top with the focus on its heading (WCAG 2.4.3: a screen reader hears where it
 * arrived; a keyboard user's next Tab starts there). A screen that puts the focus somewhere itself on arrival
 * (the succession board on the role it was asked to show) keeps it: the heading is only the default.
 * Spec choice: a change of subject on the same screen (another person's profile) counts as arriving anew.
 */
export function useScreenArrival(): void {
  const key = useBraid((s) => hashFromRoute(s.route));
  useEffect(() => {
    const main = document.getElementById('main');
    if (!main) return;
    main.scrollTop = 0;
    const focusBefore = document.activeElement;
    // A user who clicks or types while the screen is still loading (into the header's name field,
    // say, or tabbing on) has chosen where they are: the heading must not take the focus from them.
    let userActed = false;
    const acted = () => {
      userActed = true;
    };
    window.addEventListener('pointerdown', acted, true);
    window.addEventListener('keydown', acted, true);
    const stopListening = () => {
      window.removeEventListener('pointerdown', acted, true);
      window.removeEventListener('keydown', acted, true);
    };
    let frames = 0;
    let seenHeading = 0;
    let handle = requestAnimationFrame(function look() {
      frames++;
      // While the next screen's code loads, React keeps the previous screen hidden in the page: skip its heading.
      const heading = [...main.querySelectorAll('h1')].find((h) => h.getClientRects().length > 0);
      if (heading) seenHeading++;
      // Two frames after the heading shows, so that a screen's own arrival focus (set in a frame) has happened.
      if (heading && seenHeading >= 2) {
        const active = document.activeElement;
        const screenFocused = active && active !== focusBefore && active !== document.body && main.contains(active);
        const userFocused = userActed && active && active !== document.body;
        stopListening();
        if (!screenFocused && !userFocused) {
          if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
          heading.focus({ preventScroll: true });
          main.scrollTop = 0;
        }
        return;
      }
      if (frames < HEADING_WAIT_FRAMES) handle = requestAnimationFrame(look);
      else stopListening();
    });
    return () => {
      cancelAnimationFrame(handle);
      stopListening();
    };
  }, [key]);
}
