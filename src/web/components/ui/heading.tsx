import type { HTMLAttributes } from 'react';

export type HeadingLevel = 1 | 2 | 3 | 4;

export interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  /** The outline level: a part shown alone starts at 1, the same part beside another at 2. */
  level: HeadingLevel;
}

export function Heading({ level, ...props }: HeadingProps) {
  const Tag = `h${level}` as const;
  return <Tag {...props} />;
}

/** The level for headings one step inside `level`. */
export function subLevel(level: HeadingLevel): HeadingLevel {
  return level >= 4 ? 4 : ((level + 1) as HeadingLevel);
}
