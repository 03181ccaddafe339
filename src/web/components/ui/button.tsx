import type { ButtonHTMLAttributes, MouseEvent } from 'react';
import { Spinner } from './spinner.tsx';
import './button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: 'medium' | 'small';
  /** Busy: shows a spinner and ignores presses, but keeps focus and its name (unlike `disabled`). */
  pending?: boolean;
}

/**
 * `aria-disabled` (rather than `disabled`) makes a button that cannot be used now ignore presses
 * while it stays focusable, so its description (why not) can still be reached and read.
 */
export function Button({
  variant = 'secondary',
  size = 'medium',
  pending = false,
  className,
  type = 'button',
  onClick,
  children,
  'aria-disabled': ariaDisabled,
  ...props
}: ButtonProps) {
  const unavailable = pending || ariaDisabled === true || ariaDisabled === 'true';
  function handleClick(event: MouseEvent<HTMLButtonElement>) {
    if (unavailable) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  }
  const classes = ['button', `button--${variant}`, `button--${size}`, className].filter(Boolean).join(' ');
  return (
    <button
      {...props}
      type={type}
      className={classes}
      aria-disabled={unavailable || undefined}
      aria-busy={pending || undefined}
      onClick={handleClick}
    >
      {pending ? <Spinner size="small" /> : null}
      {children}
    </button>
  );
}
