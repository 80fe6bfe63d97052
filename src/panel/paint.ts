/** Longest wait for a frame: a hidden pane draws none, and a re-check must not wait until it shows. */
export const FRAME_WAIT_MS = 100;

/**
 * Resolves once the browser has painted what React just committed (the progress bar), so that the
 * synchronous engine does not hold the thread before the bar shows. A frame callback runs just before
 * a paint and a task queued from it runs after; a bare setTimeout(0) may run before any frame.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, FRAME_WAIT_MS);
    if (typeof requestAnimationFrame !== "function") return;
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}
