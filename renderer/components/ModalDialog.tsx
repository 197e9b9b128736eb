import { useEffect, useState, type ReactNode } from 'react';
import { OverlayContainer } from './OverlayContainer';
import './dialogs.css';

/**
 * A native modal <dialog>: focus is trapped and Escape closes it. Mounted means open; the parent unmounts it
 * to close. Kept rather than React Aria's Modal: the browser's top layer already makes the page behind inert
 * for every assistive technology, draws above everything without z-index rules, and costs nothing to load;
 * React Aria's popovers opened inside it are portalled into it (OverlayContainer).
 */
export function ModalDialog({ labelledBy, onClose, children, className }: { labelledBy: string; onClose(): void; children: ReactNode; className?: string }) {
  const [dialog, setDialog] = useState<HTMLDialogElement | null>(null);
  // The dialog is unmounted, not closed, so the browser does not hand the focus back: we do, to what opened it.
  useEffect(() => {
    const opener = document.activeElement;
    return () => {
      if (opener instanceof HTMLElement && opener !== document.body && opener.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);
  useEffect(() => {
    if (!dialog || dialog.open) return;
    // jsdom has no showModal; the open attribute is the same dialog without the backdrop.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
  }, [dialog]);
  return (
    <dialog
      ref={setDialog}
      className={className}
      aria-labelledby={labelledBy}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <OverlayContainer element={dialog}>{children}</OverlayContainer>
    </dialog>
  );
}

interface ConfirmProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** The safe choice's word, where "Cancel" would be ambiguous (cancelling a planned action). */
  cancelLabel?: string;
  danger?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** Asks before something the user may regret; the safe choice has the focus. */
export function ConfirmDialog({ title, children, confirmLabel, cancelLabel = 'Cancel', danger, onConfirm, onCancel }: ConfirmProps) {
  return (
    <ModalDialog labelledBy="confirm-title" onClose={onCancel} className="confirm-dialog">
      <h2 id="confirm-title">{title}</h2>
      <div className="confirm-body">{children}</div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel} autoFocus>
          {cancelLabel}
        </button>
        <button type="button" className={`button ${danger ? 'danger' : 'primary'}`} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
