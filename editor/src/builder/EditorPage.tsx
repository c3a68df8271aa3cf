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
  return <LoadedEditor app={state.value.app} catalog={state.value.catalog} />;
}

function LoadedEditor({ app, catalog }: { app: AppDetail; catalog: Catalog }) {
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
        <Builder app={app} />
      </SaverContext.Provider>
    </EditorStoreProvider>
  );
}
