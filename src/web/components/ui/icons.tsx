/** Small line icons. Decorative: the control that holds one carries the accessible name. */
interface IconProps {
  name: 'copy' | 'check' | 'columns' | 'chevron-left' | 'chevron-right' | 'chevrons-left' | 'chevrons-right' | 'search' | 'close' | 'warning' | 'send';
}

const paths: Record<IconProps['name'], string> = {
  copy: 'M9 9h10v10H9zM5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1',
  check: 'M5 12l5 5L20 7',
  columns: 'M4 5h16v14H4zM9.5 5v14M14.5 5v14',
  'chevron-left': 'M15 18l-6-6 6-6',
  'chevron-right': 'M9 18l6-6-6-6',
  'chevrons-left': 'M11 18l-6-6 6-6M18 18l-6-6 6-6',
  'chevrons-right': 'M13 18l6-6-6-6M6 18l6-6-6-6',
  search: 'M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14zM20 20l-4-4',
  close: 'M6 6l12 12M18 6L6 18',
  warning: 'M12 4L2.5 20h19zM12 10v4M12 17.5v.01',
  send: 'M21 3L10 14M21 3l-7 18-4-7-7-4z',
};

export function Icon({ name }: IconProps) {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[name]} />
    </svg>
  );
}
