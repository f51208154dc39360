/**
 * One line of a case list, as a button that opens the case: the name with its badges on top, then
 * a line of facts, an optional line of what to do, and the due line in its urgency's colour. The
 * case list and 오늘 할 일 both draw their lines with it.
 */
import type { ComponentChildren } from 'preact';

export type RowTone = 'overdue' | 'soon' | 'plain';

export function CaseRowButton(props: {
  name: string;
  badges?: ComponentChildren;
  meta: ComponentChildren;
  title?: string;
  due?: { text: string; state: string } | null;
  tone: RowTone;
  /** Extra class for one list's own look (e.g. today-row). */
  variant?: string;
  onOpen(): void;
}) {
  const tone = props.tone === 'overdue' ? ' overdue' : props.tone === 'soon' ? ' soon' : '';
  return (
    <button
      type="button"
      class={`case-row${props.variant ? ` ${props.variant}` : ''}${tone}`}
      onClick={props.onOpen}
    >
      <span class="row-top">
        <strong class="name">{props.name || '(이름 없음)'}</strong> {props.badges}
      </span>
      <span class="row-meta">{props.meta}</span>
      {props.title ? <span class="row-title">{props.title}</span> : null}
      {props.due ? <span class={`row-due due-${props.due.state}`}>{props.due.text}</span> : null}
    </button>
  );
}
