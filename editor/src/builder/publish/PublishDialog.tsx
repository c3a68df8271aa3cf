import { localize } from '@sprout/shared';
import { useState } from 'react';
import { useApi } from '../../api/api-context.tsx';
import { ApiError } from '../../api/client.ts';
import type { AppDetail, PublishResult } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';
import { Dialog, DialogActions } from '../../shell/Dialog.tsx';
import { takenNames } from '../../commands/names.ts';
import { useEditor, useEditorStore } from '../../store/index.ts';
import { useSaver } from '../use-saver.ts';
import { CheckList } from '../panels/ChecksPanel.tsx';
import { useChecks } from '../use-checks.ts';
import { PublishedView } from './PublishedView.tsx';

/** Checks first (errors block, warnings inform), then saves the draft and publishes it. */
export function PublishDialog({ app, onClose }: { app: AppDetail; onClose(): void }) {
  const { t } = useI18n();
  const api = useApi();
  const saver = useSaver();
  const store = useEditorStore();
  const errors = useChecks((c) => c.errors);
  const warnings = useChecks((c) => c.warnings);
  const title = useEditor((s) => localize(s.definition.meta.title));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [done, setDone] = useState<PublishResult | null>(null);
  const publish = async () => {
    setBusy(true);
    setError('');
    try {
      if (!(await saver.flush())) throw new Error(t('save.conflict'));
      const published = store.getState().saved;
      setDone(await api.publish(app.id));
      // From now on residents' answers are stored under these keys.
      store.getState().lockNames(takenNames(published));
    } catch (e) {
      const problem = e instanceof ApiError ? e.problem : undefined;
      setError([(e as Error).message, ...(problem?.errors ?? []).map((i) => `${i.path}: ${i.message}`)].join('\n'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={t('publish.title')} onClose={onClose}>
      {done ? (
        <PublishedView result={done} title={title} appId={app.id} />
      ) : (
        <div
          className="publish-checks"
          onClickCapture={(e) => (e.target as HTMLElement).closest('.check-list.error button') && onClose()}
        >
          {errors.length > 0 ? (
            <>
              <p className="error">{t('publish.blocked', { n: errors.length })}</p>
              <CheckList title={t('checks.errors', { n: errors.length })} items={errors} kind="error" />
            </>
          ) : (
            <p className="ok">✓ {t('checks.ok')}</p>
          )}
          {warnings.length > 0 && (
            <CheckList title={t('checks.warnings', { n: warnings.length })} items={warnings} kind="warning" />
          )}
          {error && (
            <pre className="error" role="alert">
              {error}
            </pre>
          )}
          <DialogActions
            confirm={busy ? t('publish.publishing') : t('publish.confirm')}
            onCancel={onClose}
            onConfirm={publish}
            disabled={busy || errors.length > 0}
          />
        </div>
      )}
    </Dialog>
  );
}
