import { walkNodes } from '@sprout/shared';
import { useId, useMemo, useState } from 'react';
import { useApi } from '../api/api-context.tsx';
import { nodeLabel } from '../builder/node-label.ts';
import { selectionBlock } from '../commands/selection-nodes.ts';
import { problemText } from '../console/States.tsx';
import { useI18n } from '../i18n/index.tsx';
import { useEditor } from '../store/index.ts';
import { blocksApi } from './blocks-api.ts';
import { libraryChanged } from './use-blocks.ts';

/** Several nodes picked on the canvas: what they are, and saving them together as one block. */
export function SelectionBlockFields() {
  const { t, locale } = useI18n();
  const id = useId();
  const api = useApi();
  const definition = useEditor((s) => s.definition);
  const catalog = useEditor((s) => s.catalog);
  const multiIds = useEditor((s) => s.multiIds);
  const select = useEditor((s) => s.select);
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const picked = useMemo(() => selectionBlock(definition, multiIds), [definition, multiIds]);
  const outside = useMemo(() => {
    const labels = new Map<string, string>();
    walkNodes(definition, ({ node }) => {
      if (node.name) labels.set(node.name, nodeLabel(node, locale, catalog));
    });
    return picked.outsideNames.map((n) => labels.get(n) ?? n);
  }, [definition, picked, locale, catalog]);
  const save = async () => {
    if (!name.trim()) return setNote(t('blocks.multi.nameNeeded'));
    setNote('');
    try {
      const saved = await blocksApi(api).save(name.trim(), picked.nodes);
      setNote(t('blocks.saved', { name: name.trim(), v: saved.version }));
      libraryChanged();
    } catch (e) {
      setNote(problemText(e));
    }
  };
  return (
    <div className="inspector">
      <h2>{t('blocks.multi.title', { n: multiIds.length })}</h2>
      {/* In the order the block keeps them: the form's order, not the order they were clicked. */}
      <ul className="small">
        {picked.nodes.map((node) => (
          <li key={node.id}>{nodeLabel(node, locale, catalog)}</li>
        ))}
      </ul>
      <fieldset className="block-fields">
        <legend>{t('blocks.palette')}</legend>
        <label htmlFor={`${id}-name`}>{t('blocks.multi.name')}</label>
        <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} />
        {outside.length > 0 && (
          <p className="error small">{t('blocks.multi.outside', { labels: outside.join('、') })}</p>
        )}
        <div className="row">
          <button type="button" className="primary" disabled={outside.length > 0} onClick={save}>
            {t('blocks.multi.save', { n: multiIds.length })}
          </button>
          <button type="button" onClick={() => select(undefined)}>
            {t('blocks.multi.clear')}
          </button>
        </div>
        {note && (
          <p className="small" role="status">
            {note}
          </p>
        )}
      </fieldset>
    </div>
  );
}
