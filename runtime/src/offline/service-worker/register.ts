/**
 * Registers the offline worker (`/r/sw.js`, served with `Service-Worker-Allowed: /`) for
 * this page's scope once the page has loaded and the main thread is idle: the load event can
 * come before the form's first render, and the worker's start and downloads must not delay it.
 * A browser without service workers (or a plain-http address) simply stays online-only.
 * @example registerOfflineWorker('/a/')
 */
export function registerOfflineWorker(scope: '/a/' | '/verify'): void {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  const register = () =>
    navigator.serviceWorker.register('/r/sw.js', { scope }).catch(() => {
      // Offline support is a bonus: the page works the same without it.
    });
  const whenIdle = () =>
    'requestIdleCallback' in window
      ? requestIdleCallback(() => void register(), { timeout: 3000 })
      : setTimeout(register);
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
