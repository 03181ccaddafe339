import type { ReactNode } from 'react';
import './alert.css';

export interface AlertProps {
  tone?: 'error' | 'warning' | 'info' | 'success';
  title?: ReactNode;
  children?: ReactNode;
  /** Buttons or links offered with the message. */
  actions?: ReactNode;
  /**
   * `alert` interrupts a screen reader (errors the person just caused); `status` waits politely;
   * `none` for messages that are simply part of the page.
   */
  live?: 'alert' | 'status' | 'none';
  id?: string;
}

export function Alert({ tone = 'info', title, children, actions, live = 'none', id }: AlertProps) {
  const role = live === 'none' ? undefined : live;
  return (
    <div id={id} className={`alert alert--${tone}`} role={role}>
      <div className="alert__body">
        {title ? <p className="alert__title">{title}</p> : null}
        {children ? <div className="alert__text">{children}</div> : null}
      </div>
      {actions ? <div className="alert__actions">{actions}</div> : null}
    </div>
  );
}
