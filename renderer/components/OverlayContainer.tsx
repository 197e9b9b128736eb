import { createContext, useContext, type ReactNode } from 'react';
import { Popover, type PopoverProps } from 'react-aria-components';

/**
 * Where React Aria's popovers (listboxes, menus) are portalled. By default the body — but a native modal
 * <dialog> makes everything outside it inert and draws above it, so a popover opened from inside one must
 * live inside it: ModalDialog provides itself here.
 */
const OverlayContainerContext = createContext<Element | null>(null);

export function OverlayContainer({ element, children }: { element: Element | null; children: ReactNode }) {
  return <OverlayContainerContext.Provider value={element}>{children}</OverlayContainerContext.Provider>;
}

/** React Aria's Popover, portalled into the open dialog when there is one. */
export function AppPopover(props: PopoverProps) {
  const container = useContext(OverlayContainerContext) ?? topModalDialog();
  return <Popover {...props} UNSTABLE_portalContainer={container ?? undefined} />;
}

// A <dialog> opened with showModal() without ModalDialog around its content (the import wizard, the role form).
function topModalDialog(): Element | null {
  const open = [...document.querySelectorAll('dialog[open]')];
  for (let i = open.length - 1; i >= 0; i--) {
    try {
      if (open[i].matches(':modal')) return open[i];
    } catch {
      return open[i]; // a DOM without :modal (jsdom)
    }
  }
  return null;
}
