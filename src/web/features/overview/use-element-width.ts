import { useCallback, useState } from 'react';

/**
 * The width of an element in CSS pixels, followed as it changes. Charts draw at their real size,
 * so their text keeps its size on a phone instead of shrinking with a scaled drawing.
 */
export function useElementWidth(): [ref: (element: HTMLElement | null) => void, width: number] {
  const [width, setWidth] = useState(0);
  const ref = useCallback((element: HTMLElement | null) => {
    if (!element) return undefined;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
