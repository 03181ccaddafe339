import { useId, type ReactNode } from 'react';
import { Heading, type HeadingLevel } from '../../components/ui/heading.tsx';

export interface DetailSectionProps {
  title: string;
  level: HeadingLevel;
  /** Shown beside the heading (a note, a control). */
  aside?: ReactNode;
  children: ReactNode;
}

/** One part of the checkout, named by its heading (a region for assistive technology). */
export function DetailSection({ title, level, aside, children }: DetailSectionProps) {
  const id = useId();
  return (
    <section className="detail-section" aria-labelledby={id}>
      <div className="detail-section__header">
        <Heading level={level} id={id} className="detail-section__title">
          {title}
        </Heading>
        {aside}
      </div>
      {children}
    </section>
  );
}
