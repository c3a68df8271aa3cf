import { localize } from '@sprout/shared';
import { useI18n } from '../i18n/index.tsx';
import { LanguageToggle } from '../shell/LanguageToggle.tsx';
import { Link } from '../shell/router.tsx';
import { useEditor } from '../store/index.ts';
import { SaveStatus } from './SaveStatus.tsx';

interface Props {
  onPublish(): void;
  preview: boolean;
  onTogglePreview(): void;
}

export function BuilderHeader({ onPublish, preview, onTogglePreview }: Props) {
  const { t, locale } = useI18n();
  const title = useEditor((s) => localize(s.definition.meta.title, locale));
  const canUndo = useEditor((s) => s.past.length > 0);
  const canRedo = useEditor((s) => s.future.length > 0);
  const undo = useEditor((s) => s.undo);
  const redo = useEditor((s) => s.redo);
  return (
    <header className="topbar builder-top">
      <Link href="/apps" className="back" aria-label={t('builder.back')}>
        ← <span aria-hidden="true">●</span>
      </Link>
      <h1 className="app-title">{title}</h1>
      <SaveStatus />
      <span className="spacer" />
      <button type="button" onClick={undo} disabled={!canUndo} title="Ctrl+Z">
        ↶ {t('builder.undo')}
      </button>
      <button type="button" onClick={redo} disabled={!canRedo} title="Shift+Ctrl+Z">
        ↷ {t('builder.redo')}
      </button>
      <button type="button" aria-pressed={preview} onClick={onTogglePreview}>
        {t('builder.preview')}
      </button>
      <LanguageToggle />
      <button type="button" className="primary" onClick={onPublish}>
        {t('builder.publish')}
      </button>
    </header>
  );
}
