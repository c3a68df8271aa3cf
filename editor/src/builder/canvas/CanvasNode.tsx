import type { AppNode } from '@sprout/shared';
import { memo, type KeyboardEvent } from 'react';
import { useEndZone, useNodeDnd } from '../../dnd/index.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useEditor } from '../../store/index.ts';
import { nodeLabel } from '../node-label.ts';
import { useChecks } from '../use-checks.ts';

/** One node on the canvas: a card showing what the resident will be asked, with a logic badge (keys live under 高级). */
export const CanvasNode = memo(function CanvasNode({ node, pageId }: { node: AppNode; pageId: string }) {
  const { t, locale } = useI18n();
  const selected = useEditor((s) => s.selectedId === node.id || s.multiIds.includes(node.id));
  const select = useEditor((s) => s.select);
  const toggleMulti = useEditor((s) => s.toggleMulti);
  const dispatch = useEditor((s) => s.dispatch);
  const hasError = useChecks((c) => c.errorNodes.has(node.id));
  const { setRef, attributes, listeners, isDragging, indicator } = useNodeDnd(node.id);
  const catalog = useEditor((s) => s.catalog);
  const manifest = catalog.get(node.type);
  const label = nodeLabel(node, locale, catalog);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    // Shift+Enter picks several nodes by keyboard, as shift/ctrl-click does with a mouse.
    if (e.key === 'Enter' && e.shiftKey) toggleMulti(node.id);
    else if (e.key === 'Enter') select(node.id);
    else if (e.key === 'Delete' || e.key === 'Backspace') dispatch({ kind: 'delete-node', id: node.id });
    else listeners?.onKeyDown?.(e);
  };
  const classes = ['canvas-node', selected && 'selected', isDragging && 'dragging', indicator, hasError && 'has-error'];
  return (
    <li className="canvas-item">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dnd-kit's attributes make it role=button, focusable */}
      {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: dnd-kit's attributes make it role=button */}
      <div
        ref={setRef}
        className={classes.filter(Boolean).join(' ')}
        data-node-id={node.id}
        {...attributes}
        {...listeners}
        aria-label={`${label}（${manifest?.label[locale] ?? node.type}）`}
        aria-pressed={selected}
        onClick={(e) => {
          e.stopPropagation();
          if (e.shiftKey || e.ctrlKey || e.metaKey) toggleMulti(node.id);
          else select(node.id);
        }}
        onKeyDown={onKeyDown}
      >
        <div className="node-head">
          <span className="node-label">
            {label}
            {node.required && <span className="req"> *</span>}
          </span>
          <span className="node-type">{manifest?.label[locale] ?? node.type}</span>
          {(node.visibleWhen || node.requiredWhen || node.readOnlyWhen) && (
            <span className="badge">{t('canvas.logic')}</span>
          )}
          <button
            type="button"
            className="node-delete"
            aria-label={t('canvas.delete', { name: label })}
            onPointerDown={(e) => e.stopPropagation()}
            onClick={(e) => {
              e.stopPropagation();
              dispatch({ kind: 'delete-node', id: node.id });
            }}
          >
            ✕
          </button>
        </div>
        {node.children && <NodeList nodes={node.children} pageId={pageId} parent={node} />}
      </div>
    </li>
  );
});

// A node and the list of its children render each other: one file, so the recursion is no import cycle.
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
