import { type AppDefinition, localize } from '@sprout/shared';
import { EXAMPLES } from '@sprout/examples';
import { type FormEvent, useState } from 'react';
import { useApi } from '../api/api-context.tsx';
import { useI18n } from '../i18n/index.tsx';
import { Dialog, DialogActions } from './Dialog.tsx';
import { navigate } from './router.tsx';

/** Start from blank or from one of the example apps. */
export function CreateAppDialog({ onClose }: { onClose(): void }) {
  const { t, locale } = useI18n();
  const api = useApi();
  const [template, setTemplate] = useState('');
  const [title, setTitle] = useState('');
  const [error, setError] = useState('');
  const pick = (slug: string) => {
    setTemplate(slug);
    const def = EXAMPLES[slug];
    setTitle(def ? localize(def.meta.title, locale) : '');
  };
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const name = title.trim() || t('create.defaultName');
    const base = EXAMPLES[template];
    const definition: AppDefinition | undefined = base ? { ...base, meta: { ...base.meta, title: name } } : undefined;
    try {
      const app = await api.createApp(name, definition);
      navigate(`/apps/${app.id}/edit`);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <Dialog title={t('create.title')} onClose={onClose}>
      <form onSubmit={onSubmit} className="create-form">
        <fieldset className="templates">
          <legend>{t('create.fromTemplate')}</legend>
          <TemplateCard
            checked={template === ''}
            onPick={() => pick('')}
            icon="📄"
            title={t('create.blank')}
            hint={t('create.blankHint')}
          />
          {Object.entries(EXAMPLES).map(([slug, def]) => (
            <TemplateCard
              key={slug}
              checked={template === slug}
              onPick={() => pick(slug)}
              icon={def.meta.icon ?? '📋'}
              title={localize(def.meta.title, locale)}
              hint={localize(def.meta.description, locale).slice(0, 40)}
            />
          ))}
        </fieldset>
        <label>
          {t('create.name')}
          <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder={t('create.defaultName')} />
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <DialogActions confirm={t('create.submit')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

interface TemplateCardProps {
  checked: boolean;
  onPick(): void;
  icon: string;
  title: string;
  hint: string;
}

function TemplateCard({ checked, onPick, icon, title, hint }: TemplateCardProps) {
  return (
    <label className={`template ${checked ? 'checked' : ''}`}>
      <input type="radio" name="template" checked={checked} onChange={onPick} />
      <span className="template-icon" aria-hidden="true">
        {icon}
      </span>
      <span className="template-title">{title}</span>
      <span className="muted">{hint}</span>
    </label>
  );
}
