/**
 * The one way a view shows a failure: the server's Korean sentence, and a 다시 시도 button where
 * trying again can help (a load, not a refused save). Nothing when there is no message, so a view
 * can render it unconditionally.
 */
export function ErrorNotice({
  message,
  onRetry,
}: {
  message: string | null | undefined;
  onRetry?: () => void;
}) {
  if (!message) return null;
  return (
    <div class="notice error" role="alert">
      <p class="pre">{message}</p>
      {onRetry ? (
        <button type="button" class="secondary" onClick={onRetry}>
          다시 시도
        </button>
      ) : null}
    </div>
  );
}
