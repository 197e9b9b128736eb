import type { DOMAttributes, ReactElement, ReactNode } from 'react';
import { Focusable, Tooltip, TooltipTrigger, type TooltipProps } from 'react-aria-components';
import { useOverlayContainer } from './OverlayContainer';
import './hint.css';

interface Props {
  /** What the control does beyond its name: shown on hover and on keyboard focus, read as its description. */
  text: ReactNode;
  /** One focusable element (a button, a link) that forwards its ref. */
  children: ReactElement<DOMAttributes<HTMLElement>, string>;
  placement?: TooltipProps['placement'];
}

/**
 * React Aria's tooltip instead of a title attribute: keyboard users see it when the control takes the focus,
 * screen readers hear it as the control's description, Escape hides it, and it takes our look.
 * Only on focusable controls: a tooltip nobody can focus is for the mouse alone.
 */
export function Hint({ text, children, placement = 'bottom' }: Props) {
  const container = useOverlayContainer();
  return (
    <TooltipTrigger delay={600} closeDelay={150}>
      <Focusable>{children}</Focusable>
      <Tooltip className="hint" placement={placement} offset={6} UNSTABLE_portalContainer={container}>
        {text}
      </Tooltip>
    </TooltipTrigger>
  );
}
