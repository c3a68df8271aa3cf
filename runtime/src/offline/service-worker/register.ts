/**
 * Registers the offline worker (`/r/sw.js`, served with `Service-Worker-Allowed: /`) for
 * this page's scope once the page has loaded, so it never competes with the first render.
 * A browser without service workers (or a plain-http address) simply stays online-only.
 * @example registerOfflineWorker('/a/')
 */
export function registerOfflineWorker(scope: '/a/' | '/verify'): void {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  const register = () =>
    navigator.serviceWorker.register('/r/sw.js', { scope }).catch(() => {
      // Offline support is a bonus: the page works the same without it.
    });
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}
