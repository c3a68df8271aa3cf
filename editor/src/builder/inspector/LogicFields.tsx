import type { AppNode } from '@sprout/shared';
import { useI18n } from '../../i18n/index.tsx';
import { useEditor } from '../../store/index.ts';
import { ExpressionInput } from './ExpressionInput.tsx';

type LogicKey = 'visibleWhen' | 'requiredWhen' | 'readOnlyWhen';

/** The three conditions of a node, each a formula with completion and live checking. */
export function LogicFields({ node, input }: { node: AppNode; input: boolean }) {
  const { t } = useI18n();
  const dispatch = useEditor((s) => s.dispatch);
  const keys: LogicKey[] = input ? ['visibleWhen', 'requiredWhen', 'readOnlyWhen'] : ['visibleWhen'];
  return (
    <>
      {keys.map((key) => (
        <ExpressionInput
          key={key}
          label={t(`inspector.${key}`)}
          nodeId={node.id}
          value={node[key] ?? ''}
          onChange={(v) => dispatch({ kind: 'update-node', id: node.id, fields: { [key]: v } })}
        />
      ))}
    </>
  );
}
