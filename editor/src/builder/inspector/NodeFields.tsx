import { type AppNode, type ClassificationLevel, type ComponentManifest, localize } from '@sprout/shared';
import { useId, useMemo, useState } from 'react';
import { nameProblem, takenNames } from '../../commands/names.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useEditor, useEditorStore } from '../../store/index.ts';
import { suggestNameFromLabel } from '../../commands/label-key.ts';

const LEVELS: ClassificationLevel[] = ['L1', 'L2', 'L3', 'L4'];

/** Required and classification level; the data key (generated from the label) only under 高级. */
export function NodeFields({ node, manifest }: { node: AppNode; manifest: ComponentManifest }) {
  const { t } = useI18n();
  const id = useId();
  const store = useEditorStore();
  const dispatch = useEditor((s) => s.dispatch);
  const definition = useEditor((s) => s.definition);
  const locked = useEditor((s) => node.name !== undefined && s.lockedNames.has(node.name));
  const taken = useMemo(() => takenNames(definition, node.id), [definition, node.id]);
  const [draft, setDraft] = useState(node.name ?? '');
  const [seen, setSeen] = useState(node.name);
  if (node.name !== seen) {
    setSeen(node.name);
    setDraft(node.name ?? '');
  }
  const problem = nameProblem(draft, taken);
  const suggestion = suggestNameFromLabel(localize(node.props?.label as string | undefined), node.type, taken);
  const setName = (name: string) => {
    setDraft(name);
    if (!nameProblem(name, takenNames(store.getState().definition, node.id)))
      dispatch({ kind: 'update-node', id: node.id, fields: { name } });
  };
  return (
    <fieldset className="node-fields">
      <legend>{t('inspector.fieldSettings')}</legend>
      <label htmlFor={`${id}-level`}>{t('inspector.level')}</label>
      <select
        id={`${id}-level`}
        value={node.level ?? manifest.defaultLevel}
        onChange={(e) =>
          dispatch({ kind: 'update-node', id: node.id, fields: { level: e.target.value as ClassificationLevel } })
        }
      >
        {LEVELS.map((l) => (
          <option key={l} value={l}>
            {t(`inspector.level.${l}`)}
          </option>
        ))}
      </select>
      {manifest.role === 'input' && (
        <label className="check">
          <input
            type="checkbox"
            checked={node.required === true}
            onChange={(e) =>
              dispatch({ kind: 'update-node', id: node.id, fields: { required: e.target.checked || undefined } })
            }
          />
          {t('inspector.required')}
        </label>
      )}
      <details className="advanced">
        <summary>{t('inspector.advanced')}</summary>
        <label htmlFor={`${id}-name`}>{t('inspector.name')}</label>
        <input
          id={`${id}-name`}
          value={draft}
          readOnly={locked}
          title={locked ? t('inspector.nameLocked') : undefined}
          aria-invalid={!locked && problem !== null}
          aria-describedby={`${id}-name-help`}
          onChange={(e) => setName(e.target.value.trim())}
        />
        <div id={`${id}-name-help`} className={problem && !locked ? 'error small' : 'muted small'}>
          {locked
            ? `🔒 ${t('inspector.nameLocked')}`
            : problem
              ? t(`inspector.name.${problem}`)
              : t('inspector.nameHelp')}
        </div>
        {!locked && suggestion !== node.name && (
          <button type="button" className="link small" onClick={() => setName(suggestion)}>
            {t('inspector.nameSuggest', { name: suggestion })}
          </button>
        )}
      </details>
    </fieldset>
  );
}
