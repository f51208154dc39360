/**
 * A view's heading, focused when a new view opens. The module remembers whether a view was shown
 * yet: the first one (opening the sidebar) leaves the focus in the sheet.
 */
import { useEffect, useRef } from 'preact/hooks';

let firstView = true;

export function ViewHeading({ title, subtitle }: { title: string; subtitle?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // A new view starts at its heading, so keyboard and screen reader users know where they are
    // (not the first view: opening the sidebar should not take focus from the sheet).
    if (firstView) firstView = false;
    else ref.current?.focus();
  }, [title, subtitle]);
  return (
    <div class="view-heading">
      <h2 ref={ref} tabIndex={-1}>
        {title}
      </h2>
      {subtitle ? <p class="subtitle">{subtitle}</p> : null}
    </div>
  );
}
