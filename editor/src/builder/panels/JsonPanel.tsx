import { type AppDefinition, localize } from '@sprout/shared';
import { validateDefinition } from '@sprout/shared/validate-definition';
import { type ChangeEvent, useState } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { useEditor } from '../../store/index.ts';
import { downloadJson } from '../download.ts';

/** The definition as JSON: read it, edit it (validated before it applies), import and export files. */
export function JsonPanel() {
  const { t, locale } = useI18n();
  const definition = useEditor((s) => s.definition);
  const dispatch = useEditor((s) => s.dispatch);
  const [text, setText] = useState(() => JSON.stringify(definition, null, 2));
  const [shown, setShown] = useState(definition);
  const [problems, setProblems] = useState<string[]>([]);
  const [note, setNote] = useState('');
  if (definition !== shown) {
    setShown(definition);
    setText(JSON.stringify(definition, null, 2));
  }
  const apply = (source: string): boolean => {
    let doc: unknown;
    try {
      doc = JSON.parse(source);
    } catch (e) {
      setProblems([t('json.parseError', { message: (e as Error).message })]);
      return false;
    }
    const result = validateDefinition(doc, { locale });
    if (!result.ok) {
      setProblems([
        t('json.invalid', { n: result.issues.length }),
        ...result.issues.map((i) => `${i.path}: ${i.message}`),
      ]);
      return false;
    }
    setProblems([]);
    dispatch({ kind: 'replace-definition', definition: result.value as AppDefinition });
    return true;
  };
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file && apply(await file.text())) setNote(t('json.imported'));
    e.target.value = '';
  };
  const fileName = `${localize(definition.meta.title, locale) || 'app'}.sprout.json`;
  return (
    <div className="json-panel">
      <h2>{t('json.title')}</h2>
      <div className="row">
        <label className="button">
          {t('json.import')}
          <input type="file" accept="application/json,.json" className="visually-hidden" onChange={onFile} />
        </label>
        <button type="button" onClick={() => downloadJson(definition, fileName)}>
          {t('json.export')}
        </button>
        <button type="button" className="primary" onClick={() => apply(text) && setNote(t('json.valid'))}>
          {t('json.apply')}
        </button>
      </div>
      {note && <p className="ok small">{note}</p>}
      {problems.length > 0 && (
        <ul className="error small" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <textarea
        data-native-undo
        aria-label={t('json.title')}
        className="json-text"
        spellCheck={false}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
    </div>
  );
}
