/** Grey cards where the list will be, so the sidebar has its shape at once; the words are for screen readers. */
export function ListSkeleton({ label, rows = 4 }: { label: string; rows?: number }) {
  return (
    <div class="skeleton" data-testid="skeleton">
      <p class="visually-hidden">{label}</p>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} class="skeleton-card" aria-hidden="true">
          <span class="skeleton-line wide" />
          <span class="skeleton-line" />
        </div>
      ))}
    </div>
  );
}
