import { createRoot, hydrateRoot } from 'react-dom/client';
import { takeInlinePublishedApp } from '../../api/inline-app.ts';
import { registerOfflineWorker } from '../../offline/service-worker/register.ts';
import { reloadWhenOutdated } from '../../offline/service-worker/reload-when-outdated.ts';
import { browserStorage } from '../shell/prefs.ts';
import { ResidentApp } from './ResidentApp.tsx';
import { replayEarlyInput } from './replay-early-input.ts';
import { decidedTakeover, finishTakeover, pageSlug } from './takeover.ts';

const slug = pageSlug(location.pathname);
const receipt = new URLSearchParams(location.search).get('receipt') ?? undefined;
const storage = browserStorage();
const root = document.getElementById('root');
if (root) {
  const initialApp = receipt ? undefined : takeInlinePublishedApp(slug);
  // The server rendered the form into the page for a fresh device; the entry decided whether
  // this is one (resident-boot.ts, takeover.ts).
  const hydrate = !!initialApp && decidedTakeover(root) === 'hydrate';
  const page = (
    <ResidentApp
      slug={slug}
      receiptCode={receipt}
      initialApp={initialApp}
      storage={storage}
      onReady={() => {
        const typedEarly = hydrate ? replayEarlyInput(root) > 0 : false;
        finishTakeover(root);
        root.dataset.ready = '';
        reloadWhenOutdated({
          controller: navigator.serviceWorker?.controller,
          form: root,
          touched: typedEarly,
          reload: () => location.reload(),
        });
      }}
    />
  );
  // Otherwise the server's markup stays on screen, held still, until the first client render
  // replaces it. This module runs after the server's markup was painted (resident-boot.ts).
  if (hydrate) hydrateRoot(root, page);
  else createRoot(root).render(page);
}
registerOfflineWorker('/a/');
