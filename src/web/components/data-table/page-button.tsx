import type { ReactNode } from 'react';

export interface PageButtonProps {
  label: string;
  available: boolean;
  onPress: () => void;
  children: ReactNode;
}

export function PageButton({ label, available, onPress, children }: PageButtonProps) {
  return (
    <button
      type="button"
      className="button button--secondary button--medium pagination__button"
      aria-label={label}
      title={label}
      aria-disabled={!available || undefined}
      onClick={() => {
        if (available) onPress();
      }}
    >
      {children}
    </button>
  );
}
