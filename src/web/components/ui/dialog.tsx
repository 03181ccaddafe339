import { useEffect, useId, useRef, type ReactNode } from 'react';
import './dialog.css';

export interface DialogProps {
  open: boolean;
  /** Called when the dialog closes by itself (Escape) or from an action. */
  onClose: () => void;
  /**
   * False while the dialog must stay open (an action it started is on its way): Escape then does
   * not close it. Default true.
   */
  dismissible?: boolean;
  title: string;
  children?: ReactNode;
  /** The dialog's buttons; the first focusable element inside gets focus when it opens. */
  actions: ReactNode;
}

/**
 * A modal on the native <dialog>: the browser traps focus, makes the rest inert, closes on Escape
 * and returns focus to whatever opened it.
 *
 * Not dismissible, Escape is stopped twice over: its keydown is cancelled, which keeps the browser
 * from making a close request at all, and the `cancel` event is cancelled too. The second alone is
 * not enough: browsers let a page cancel only one Escape per user activation, and Escape itself
 * does not count as one.
 */
export function Dialog({ open, onClose, dismissible = true, title, children, actions }: DialogProps) {
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
      onKeyDown={(event) => {
        if (!dismissible && event.key === 'Escape') event.preventDefault();
      }}
      onCancel={(event) => {
        if (!dismissible) event.preventDefault();
      }}
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
