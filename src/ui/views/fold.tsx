/**
 * A folded section of the case view that stays as the person left it: opened by a click, and kept
 * open while `forceOpen` (a form in it has errors to show). A bare `open={hasErrors}` would fold
 * the form away the moment its last error is fixed.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export function Fold(props: {
  summary: ComponentChildren;
  forceOpen?: boolean;
  children: ComponentChildren;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details
      class="section"
      open={open || Boolean(props.forceOpen)}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>{props.summary}</summary>
      {props.children}
    </details>
  );
}
