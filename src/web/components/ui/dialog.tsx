import { useEffect, useId, useRef, type ReactNode } from 'react';
import './dialog.css';

export interface DialogProps {
  open: boolean;
  /** Called when the dialog closes by itself (Escape) or from an action. */
  onClose: () => void;
  title: string;
  children?: ReactNode;
  /** The dialog's buttons; the first focusable element inside gets focus when it opens. */
  actions: ReactNode;
}

/**
 * A modal on the native <dialog>: the browser traps focus, makes the rest inert, closes on Escape
 * and returns focus to whatever opened it.
 */
export function Dialog({ open, onClose, title, children, actions }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={children ? bodyId : undefined}
      onClose={onClose}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      {children ? (
        <div id={bodyId} className="dialog__body">
          {children}
        </div>
      ) : null}
      <div className="dialog__actions">{actions}</div>
    </dialog>
  );
}
