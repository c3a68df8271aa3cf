import { type Catalog, catalogWithPacks, migrateDefinition } from '@sprout/shared';
import { useEffect, useState } from 'react';
import { useApi } from '../api/api-context.tsx';
import type { AppDetail } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';
import { useAsync } from '../shell/use-async.ts';
import { createEditorStore, type EditorStore, EditorStoreProvider } from '../store/index.ts';
import { Builder } from './Builder.tsx';
import { loadPublishedKeys } from './published-keys.ts';
import { createSaver, type Saver } from './saver.ts';
import { SaverContext } from './use-saver.ts';

/** Loads an app's draft and gives the builder its own store and autosave. */
export function EditorPage({ appId }: { appId: string }) {
  const api = useApi();
  const { t } = useI18n();
  // Set by a pack upgrade, which changes the draft on the server: said again after the reload.
  const [notice, setNotice] = useState<string>();
  const [state, reload] = useAsync(async () => {
    const id = Number(appId);
    const [app, packs, publishedKeys] = await Promise.all([
      api.getApp(id),
      api.appCatalog(id),
      loadPublishedKeys(api, id),
    ]);
    return { app, publishedKeys, catalog: catalogWithPacks(packs.map((p) => ({ manifest: p, sha256: p.sha256 }))) };
  }, [api, appId]);
  if (state.status === 'loading') return <p className="loading">{t('common.loading')}</p>;
  if (state.status === 'error')
    return (
      <p className="error" role="alert">
        {t('common.error', { message: state.error.message })}{' '}
        <button type="button" onClick={reload}>
          {t('common.retry')}
        </button>
      </p>
    );
  const onUpgraded = (message: string) => {
    setNotice(message);
    reload();
  };
  return (
    <LoadedEditor
      app={state.value.app}
      catalog={state.value.catalog}
      publishedKeys={state.value.publishedKeys}
      notice={notice}
      onUpgraded={onUpgraded}
    />
  );
}

interface LoadedEditorProps {
  app: AppDetail;
  catalog: Catalog;
  publishedKeys: Set<string>;
  notice: string | undefined;
  onUpgraded(message: string): void;
}

function LoadedEditor({ app, catalog, publishedKeys, notice, onUpgraded }: LoadedEditorProps) {
  const api = useApi();
  const { t } = useI18n();
  const [store] = useState<EditorStore>(() => {
    const migrated = migrateDefinition(app.draft);
    const definition = migrated.ok ? migrated.value : app.draft;
    return createEditorStore({
      definition,
      revision: app.revision,
      catalog,
      // Residents' data is stored under the keys of published versions; keys added since stay editable.
      lockedNames: publishedKeys,
    });
  });
  const [saver, setSaver] = useState<Saver | null>(null);
  useEffect(() => {
    const s = createSaver(store, api, app.id, t);
    setSaver(s);
    return () => s.dispose();
  }, [store, api, app.id, t]);
  if (!saver) return null;
  return (
    <EditorStoreProvider store={store}>
      <SaverContext.Provider value={saver}>
        <Builder app={app} notice={notice} onUpgraded={onUpgraded} />
      </SaverContext.Provider>
    </EditorStoreProvider>
  );
}
