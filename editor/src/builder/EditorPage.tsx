import { type Catalog, catalogWithPacks, migrateDefinition } from '@sprout/shared';
import { useEffect, useState } from 'react';
import { useApi } from '../api/api-context.tsx';
import { takenNames } from '../commands/names.ts';
import type { AppDetail } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';
import { useAsync } from '../shell/use-async.ts';
import { createEditorStore, type EditorStore, EditorStoreProvider } from '../store/index.ts';
import { Builder } from './Builder.tsx';
import { createSaver, type Saver } from './saver.ts';
import { SaverContext } from './use-saver.ts';

/** Loads an app's draft and gives the builder its own store and autosave. */
export function EditorPage({ appId }: { appId: string }) {
  const api = useApi();
  const { t } = useI18n();
  // Set by a pack upgrade, which changes the draft on the server: said again after the reload.
  const [notice, setNotice] = useState<string>();
  const [state, reload] = useAsync(async () => {
    const [app, packs] = await Promise.all([api.getApp(Number(appId)), api.appCatalog(Number(appId))]);
    return { app, catalog: catalogWithPacks(packs.map((p) => ({ manifest: p, sha256: p.sha256 }))) };
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
  return <LoadedEditor app={state.value.app} catalog={state.value.catalog} notice={notice} onUpgraded={onUpgraded} />;
}

interface LoadedEditorProps {
  app: AppDetail;
  catalog: Catalog;
  notice: string | undefined;
  onUpgraded(message: string): void;
}

function LoadedEditor({ app, catalog, notice, onUpgraded }: LoadedEditorProps) {
  const api = useApi();
  const { t } = useI18n();
  const [store] = useState<EditorStore>(() => {
    const migrated = migrateDefinition(app.draft);
    const definition = migrated.ok ? migrated.value : app.draft;
    return createEditorStore({
      definition,
      revision: app.revision,
      catalog,
      // Once an app has been published, the keys its draft holds may hold residents' data.
      lockedNames: app.publishedVersion === null ? [] : takenNames(definition),
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
