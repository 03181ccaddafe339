import './skeleton.css';

export interface SkeletonProps {
  width?: 'short' | 'medium' | 'long' | 'full';
}

/** A grey placeholder bar; decorative, so the region that shows it must say it is loading. */
export function Skeleton({ width = 'medium' }: SkeletonProps) {
  return <span className={`skeleton skeleton--${width}`} aria-hidden="true" />;
}
