import { useI18n } from '../i18n/index.tsx';
import { useEditor } from '../store/index.ts';
import { useSaver } from './use-saver.ts';
import { downloadJson } from './download.ts';

/** The dirty indicator and the autosave state; a conflict gets a banner with two explicit ways out. */
export function SaveStatus() {
  const { t } = useI18n();
  const status = useEditor((s) => s.saveStatus);
  const message = useEditor((s) => s.saveMessage);
  const definition = useEditor((s) => s.definition);
  const saver = useSaver();
  const showPanel = useEditor((s) => s.showPanel);
  if (status === 'conflict')
    return (
      <div className="save-status conflict" role="alert">
        {message}
        <button
          type="button"
          onClick={() => {
            downloadJson(definition, 'my-draft.json');
            location.reload();
          }}
        >
          {t('save.conflict.reload')}
        </button>
        <button type="button" onClick={() => void saver.overwrite()}>
          {t('save.conflict.overwrite')}
        </button>
      </div>
    );
  const text = status === 'error' || status === 'invalid' ? message : t(`save.${status}`);
  if (status === 'invalid')
    return (
      <output className="save-status invalid" data-status={status}>
        {text}{' '}
        <button type="button" className="link" onClick={() => showPanel('checks')}>
          {t('save.showErrors')}
        </button>
      </output>
    );
  return (
    <output className={`save-status ${status}`} aria-live="polite" data-status={status}>
      {status === 'dirty' || status === 'saving' ? '● ' : ''}
      {text}
    </output>
  );
}
