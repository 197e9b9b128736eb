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
  const container = useContext(OverlayContainerContext);
  return <Popover {...props} UNSTABLE_portalContainer={container ?? undefined} />;
}
