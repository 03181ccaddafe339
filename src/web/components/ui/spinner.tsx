import './spinner.css';

export interface SpinnerProps {
  size?: 'small' | 'medium';
  /** A label for a spinner that stands alone; a spinner inside a labelled control needs none. */
  label?: string;
}

export function Spinner({ size = 'medium', label }: SpinnerProps) {
  if (label) {
    return (
      <span className="spinner-with-label" role="status">
        <span className={`spinner spinner--${size}`} aria-hidden="true" />
        <span>{label}</span>
      </span>
    );
  }
  return <span className={`spinner spinner--${size}`} aria-hidden="true" />;
}
