import { findNode } from '@sprout/shared';
import { BlockFields } from '../../blocks/BlockFields.tsx';
import { SelectionBlockFields } from '../../blocks/SelectionBlockFields.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useEditor } from '../../store/index.ts';
import { nodeLabel } from '../node-label.ts';
import { useChecks } from '../use-checks.ts';
import { LogicFields } from './LogicFields.tsx';
import { NodeFields } from './NodeFields.tsx';
import { PropsForm } from './PropsForm.tsx';
import { ValidationsEditor } from './ValidationsEditor.tsx';

/** Edits the selected node: props from its manifest, then data key, level, required and logic. */
export function Inspector() {
  const { t, locale } = useI18n();
  const node = useEditor((s) => (s.selectedId ? findNode(s.definition, s.selectedId)?.node : undefined));
  const allErrors = useChecks((c) => c.errors);
  const catalog = useEditor((s) => s.catalog);
  const several = useEditor((s) => s.multiIds.length > 1);
  if (several) return <SelectionBlockFields />;
  if (!node)
    return (
      <div className="inspector-empty">
        <p className="muted">{t('inspector.empty')}</p>
        <p className="muted small">{t('blocks.multi.hint')}</p>
      </div>
    );
  const errors = allErrors.filter((e) => e.nodeId === node.id);
  const manifest = catalog.get(node.type);
  if (!manifest) return <p className="error">{node.type}</p>;
  const holdsData = manifest.role === 'input' || manifest.repeats === true;
  return (
    <div className="inspector" key={node.id}>
      <h2>{t('inspector.title', { name: nodeLabel(node, locale, catalog) })}</h2>
      {errors.length > 0 && (
        <ul className="error small">
          {errors.map((e) => (
            <li key={e.path}>{e.message}</li>
          ))}
        </ul>
      )}
      <fieldset>
        <legend>{t('inspector.props')}</legend>
        <PropsForm node={node} specs={manifest.props} />
      </fieldset>
      {holdsData && <NodeFields node={node} manifest={manifest} />}
      {node.type === 'section' && <BlockFields node={node} />}
      <fieldset>
        <legend>{t('inspector.logic')}</legend>
        <LogicFields node={node} input={manifest.role === 'input'} />
        {manifest.role === 'input' && <ValidationsEditor node={node} />}
      </fieldset>
    </div>
  );
}
