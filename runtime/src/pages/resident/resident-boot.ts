import '../../styles.css';
import '../shell/shell.css';
import { browserStorage, loadPrefs, shareWithServer } from '../shell/prefs.ts';
import { prepareTakeover } from './takeover.ts';

/**
 * The resident page's entry: its stylesheets, then the page's code once the browser has
 * painted. The server sent the form already rendered, so what a resident needs first is to
 * see it. On a second visit the scripts come from the offline worker at once, and Chromium
 * would evaluate them (a few hundred ms on a cheap phone) before its first paint; importing
 * them after the first frame lets the form show first. The build preloads the imported
 * chunks (vite/scripts-after-styles.ts), so a first visit fetches them just as early.
 */
function afterFirstPaint(start: () => void): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    start();
  };
  requestAnimationFrame(() => setTimeout(once));
  // A page opened in a background tab gets no frames until it is shown; it still starts.
  if (document.visibilityState === 'hidden') setTimeout(once, 200);
}

const storage = browserStorage();
const root = document.getElementById('root');
if (root) prepareTakeover(root, location, storage);
// A choice made before the server was told of it (older pages): the next page fits.
shareWithServer(document, loadPrefs(storage));
afterFirstPaint(() => void import('./resident-main.tsx'));
