import type { ReactNode } from 'react';
import { useBraid, type Route } from '../store';
import { hashFromRoute } from '../store/navigation-slice';

/** A real link (middle-click, keyboard, screen readers) that navigates inside the app. */
export function RouteLink({ route, children, className, tabIndex }: { route: Route; children: ReactNode; className?: string; tabIndex?: number }) {
  const navigate = useBraid((s) => s.navigate);
  return (
    <a
      className={className}
      tabIndex={tabIndex}
      href={hashFromRoute(route)}
      onClick={(event) => {
        if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
        event.preventDefault();
        navigate(route);
      }}
    >
      {children}
    </a>
  );
}
