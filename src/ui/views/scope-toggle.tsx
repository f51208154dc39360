/** 내 사례 / 전체: one pair of radio buttons drawn as a segmented control (the list and 오늘 할 일). */
export type Scope = 'mine' | 'all';

export function ScopeToggle(props: {
  /** Keeps the ids and the radio group's name unique when two toggles could be on one page. */
  name: string;
  scope: Scope;
  onScope(scope: Scope): void;
}) {
  const option = (value: Scope, label: string) => (
    <>
      <input
        type="radio"
        id={`${props.name}-${value}`}
        name={props.name}
        checked={props.scope === value}
        onChange={() => props.onScope(value)}
      />
      <label for={`${props.name}-${value}`}>{label}</label>
    </>
  );
  return (
    <fieldset class="scope">
      <legend class="visually-hidden">보기 범위</legend>
      <div class="segmented">
        {option('mine', '내 사례')}
        {option('all', '전체')}
      </div>
    </fieldset>
  );
}
