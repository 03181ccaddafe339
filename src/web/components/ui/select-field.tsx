import { useId, type ReactNode, type SelectHTMLAttributes } from 'react';
import './field.css';

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: string;
  hideLabel?: boolean;
  children: ReactNode;
}

/** A native select: keyboard type-ahead, platform pickers on phones and screen reader support for free. */
export function SelectField({ label, hideLabel = false, className, children, ...props }: SelectFieldProps) {
  const id = useId();
  return (
    <div className={['field', 'field--inline', className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field__label'}>
        {label}
      </label>
      <select {...props} id={id} className="field__select">
        {children}
      </select>
    </div>
  );
}
