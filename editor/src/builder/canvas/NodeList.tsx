import type { AppNode } from '@sprout/shared';
import { useEndZone } from '../../dnd/index.ts';
import { useI18n } from '../../i18n/index.tsx';
import { CanvasNode } from './CanvasNode.tsx';

/** A list of nodes (a page, a section's or a repeat group's children) with a slot at its end. */
export function NodeList({ nodes, pageId, parent }: { nodes: AppNode[]; pageId: string; parent?: AppNode }) {
  return (
    <ol className="node-list">
      {nodes.map((node) => (
        <CanvasNode key={node.id} node={node} pageId={pageId} />
      ))}
      <EndZone pageId={pageId} parent={parent} />
    </ol>
  );
}

function EndZone({ pageId, parent }: { pageId: string; parent?: AppNode }) {
  const { t } = useI18n();
  const { setRef, indicator } = useEndZone(pageId, parent?.id);
  const name = parent ? String(parent.props?.label ?? parent.props?.title ?? '') : '';
  return (
    <li ref={setRef} className={`end-zone ${indicator ?? ''}`} data-end-zone={parent?.id ?? 'page'}>
      {parent ? t('canvas.dropInto', { name }) : t('canvas.dropEnd')}
    </li>
  );
}
