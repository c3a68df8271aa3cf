import type { AppNode } from '@sprout/shared';
import { useI18n } from '../../i18n/index.tsx';
import { useEditor } from '../../store/index.ts';
import { ConditionEditor } from '../logic/ConditionEditor.tsx';

type LogicKey = 'visibleWhen' | 'requiredWhen' | 'readOnlyWhen';

/** The three conditions of a node, each picked as rows or written as a formula. */
export function LogicFields({ node, input }: { node: AppNode; input: boolean }) {
  const { t } = useI18n();
  const dispatch = useEditor((s) => s.dispatch);
  const keys: LogicKey[] = input ? ['visibleWhen', 'requiredWhen', 'readOnlyWhen'] : ['visibleWhen'];
  return (
    <>
      {keys.map((key) => (
        <ConditionEditor
          key={key}
          label={t(`inspector.${key}`)}
          nodeId={node.id}
          exclude={node.name}
          value={node[key] ?? ''}
          onChange={(v) => dispatch({ kind: 'update-node', id: node.id, fields: { [key]: v } })}
        />
      ))}
    </>
  );
}
