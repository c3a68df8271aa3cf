import type { AppNode } from '@sprout/shared/definition';
import { localize } from '@sprout/shared/i18n';
import { memo, useContext, useMemo, useRef } from 'react';
import { useFieldArray } from 'react-hook-form';
import { Divider, ImageBlock, MarkdownBlock } from '../fields/display.tsx';
import { CORE_WIDGETS } from '../fields/registry.ts';
import { TextInput } from '../fields/TextInput.tsx';
import { ui } from '../i18n/ui-text.ts';
import { blockExpressions, hasRenderLogic, type RowScope } from '../logic/dependencies.ts';
import { namedNodes } from '../logic/field-index.ts';
import { domIdFor } from '../logic/paths.ts';
import { ErrorsContext, type RendererContextValue, useRenderer } from './context.ts';
import { InputNode, nodeProps } from './InputNode.tsx';
import { createNodeLogic, type NodeLogic, useDependencies } from './use-node-logic.ts';

interface NodeListProps {
  nodes: readonly AppNode[];
  row: RowScope | null;
  /** Group a page's nodes into blocks the browser may skip laying out while off screen. */
  chunked?: boolean;
}

// Blocks of this many nodes carry `content-visibility: auto`. One block per field would make
// the browser track a thousand elements' visibility on every frame that changes layout
// (each keystroke); blocks keep that to a few dozen while still skipping off-screen layout.
const CHUNK = 25;

export const NodeList = memo(function NodeList({ nodes, row, chunked = false }: NodeListProps) {
  const blocks = useMemo(() => (chunked ? blocksOf(nodes) : [nodes]), [nodes, chunked]);
  if (blocks.length === 1) return <NodeBlock nodes={nodes} row={row} skippable={false} />;
  // The first block is on screen as the form opens: laid out as it is, not as a skippable block,
  // whose visibility the browser could only tell after a first layout and then lay out again.
  return blocks.map((block, i) => <NodeBlock key={block[0]?.id} nodes={block} row={row} skippable={i > 0} />);
});

function blocksOf(nodes: readonly AppNode[]): (readonly AppNode[])[] {
  const blocks: (readonly AppNode[])[] = [];
  for (let i = 0; i < nodes.length; i += CHUNK) blocks.push(nodes.slice(i, i + CHUNK));
  return blocks;
}

interface NodeBlockProps {
  nodes: readonly AppNode[];
  row: RowScope | null;
  /** Wrapped in a block the browser may skip laying out while it is off screen. */
  skippable: boolean;
}

/**
 * A run of nodes that subscribes once for the visibleWhen / requiredWhen / readOnlyWhen of all
 * of them, and re-renders when an answer one of those reads changes; its fields are memoized,
 * so only those whose shown / required / read-only state changed render again. One
 * subscription a block instead of a component, hooks and an effect per node with logic: a
 * form with hundreds of conditions mounts a few dozen blocks, not hundreds of subscribers.
 */
const NodeBlock = memo(function NodeBlock({ nodes, row, skippable }: NodeBlockProps) {
  const ctx = useRenderer();
  const expressions = useMemo(() => blockExpressions(nodes), [nodes]);
  useDependencies(expressions, row);
  const logicOf = createNodeLogic(row, ctx);
  const views = nodes.map((node) => nodeView(ctx, node, row, logicOf));
  return skippable ? <div className="sp-chunk">{views}</div> : views;
});

/** A node as its logic has it now: nothing while hidden, else its body (no wrapper component). */
function nodeView(
  ctx: RendererContextValue,
  node: AppNode,
  row: RowScope | null,
  logicOf: (node: AppNode) => NodeLogic,
): React.ReactNode {
  if (!hasRenderLogic(node)) {
    return nodeBody(ctx, { node, row, required: node.required === true, readOnly: false }, node.id);
  }
  const logic = logicOf(node);
  return logic.shown ? nodeBody(ctx, { node, row, required: logic.required, readOnly: logic.readOnly }, node.id) : null;
}

interface NodeBodyProps {
  node: AppNode;
  row: RowScope | null;
  required: boolean;
  readOnly: boolean;
}

function nodeBody(
  ctx: RendererContextValue,
  { node, row, required, readOnly }: NodeBodyProps,
  key?: string,
): React.ReactNode {
  const { catalog, locale, widgets, packField } = ctx;
  const manifest = catalog.get(node.type);
  if (!manifest) return null;
  const props = nodeProps(node, manifest.props);
  const path = node.name ? (row ? `${row.prefix}.${node.name}` : node.name) : '';
  if (manifest.repeats && path) return <RepeatGroup key={key} node={node} path={path} row={row} required={required} />;
  if (manifest.role === 'container') return <Section key={key} node={node} row={row} props={props} />;
  if (manifest.role === 'display') {
    if (node.type === 'markdown') return <MarkdownBlock key={key} content={props.content} locale={locale} />;
    if (node.type === 'image') return <ImageBlock key={key} props={props} locale={locale} />;
    if (node.type === 'divider') return <Divider key={key} />;
    return null;
  }
  if (!path) return null;
  // Pack fields come with the packs (pagePacks), so a page without any holds none of their code.
  const widget = widgets[node.type] ?? CORE_WIDGETS[node.type] ?? packField?.(node.type, manifest) ?? TextInput;
  return (
    <InputNode key={key} node={node} path={path} row={row} required={required} readOnly={readOnly} widget={widget} />
  );
}

function Section({ node, row, props }: { node: AppNode; row: RowScope | null; props: Record<string, unknown> }) {
  const { locale } = useRenderer();
  const title = localize(props.title as string | undefined, locale);
  const description = localize(props.description as string | undefined, locale);
  const headingId = `s-${node.id}${row ? `-${row.prefix.replace(/\W/g, '-')}` : ''}`;
  return (
    <section className="sp-section" aria-labelledby={title ? headingId : undefined}>
      {title && <h3 id={headingId}>{title}</h3>}
      {description && <p className="sp-help">{description}</p>}
      <NodeList nodes={node.children ?? []} row={row} />
    </section>
  );
}

interface RepeatGroupProps {
  node: AppNode;
  path: string;
  row: RowScope | null;
  required: boolean;
}

/** Rows of a repeat group: add, remove and reorder, between minRows and maxRows. */
function RepeatGroup({ node, path, row, required }: RepeatGroupProps) {
  const ctx = useRenderer();
  const { errors } = useContext(ErrorsContext);
  const {
    fields,
    append,
    remove,
    move,
  } = // The form's values are untyped records, so the path cannot be checked at compile time.
    useFieldArray({ control: ctx.form.control, name: path as never });
  const manifest = ctx.catalog.get(node.type);
  const props = nodeProps(node, manifest?.props ?? {});
  const fieldNames = useMemo(() => new Set(namedNodes(node.children ?? [], ctx.catalog).keys()), [node, ctx.catalog]);
  const min = Math.max(Number(props.minRows) || 0, required ? 1 : 0);
  const max = Number(props.maxRows) || 20;
  const id = domIdFor(path);
  const label = localize(props.label as string | undefined, ctx.locale);
  const error = errors.get(path);
  const addRef = useRef<HTMLButtonElement>(null);
  const focusRow = (index: number) =>
    requestAnimationFrame(() => document.getElementById(`${id}-row-${index}`)?.focus());
  const after = (focus: () => void) => {
    ctx.changed(path);
    focus();
  };
  return (
    <section className="sp-repeat" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {label}
        {required && <span className="sp-req"> ({ui(ctx.locale, 'required')})</span>}
      </h3>
      {error && (
        <p className="sp-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {fields.map((f, index) => (
        <RepeatRow
          key={f.id}
          node={node}
          id={`${id}-row-${index}`}
          prefix={`${path}.${index}`}
          fieldNames={fieldNames}
          parent={row}
          index={index}
          count={fields.length}
          canRemove={fields.length > min}
          onRemove={() => {
            remove(index);
            after(() => addRef.current?.focus());
          }}
          onMove={(to) => {
            move(index, to);
            after(() => focusRow(to));
          }}
        />
      ))}
      <p className="sp-help" id={`${id}-count`}>
        {ui(ctx.locale, 'rowCount', { n: fields.length, max })}
      </p>
      <button
        ref={addRef}
        type="button"
        id={id}
        className="sp-button sp-secondary"
        disabled={fields.length >= max}
        aria-describedby={[`${id}-count`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
        onClick={() => {
          append({});
          after(() => focusRow(fields.length));
        }}
      >
        + {localize(props.addLabel as string | undefined, ctx.locale) || ui(ctx.locale, 'addRow')}
      </button>
    </section>
  );
}

interface RepeatRowProps {
  node: AppNode;
  id: string;
  prefix: string;
  fieldNames: ReadonlySet<string>;
  parent: RowScope | null;
  index: number;
  count: number;
  canRemove: boolean;
  onRemove(): void;
  onMove(to: number): void;
}

const RepeatRow = memo(function RepeatRow(p: RepeatRowProps) {
  const { locale } = useRenderer();
  const scope = useMemo(
    (): RowScope => ({ prefix: p.prefix, fieldNames: p.fieldNames, parent: p.parent }),
    [p.prefix, p.fieldNames, p.parent],
  );
  const n = p.index + 1;
  return (
    <section className="sp-row" aria-labelledby={p.id}>
      <div className="sp-row-head">
        <h4 id={p.id} tabIndex={-1}>
          {ui(locale, 'row', { n })}
        </h4>
        <div className="sp-row-actions">
          <button
            type="button"
            className="sp-icon"
            disabled={p.index === 0}
            onClick={() => p.onMove(p.index - 1)}
            aria-label={ui(locale, 'moveUp', { n })}
          >
            ↑
          </button>
          <button
            type="button"
            className="sp-icon"
            disabled={p.index === p.count - 1}
            onClick={() => p.onMove(p.index + 1)}
            aria-label={ui(locale, 'moveDown', { n })}
          >
            ↓
          </button>
          <button
            type="button"
            className="sp-icon sp-danger"
            disabled={!p.canRemove}
            onClick={p.onRemove}
            aria-label={ui(locale, 'removeRow', { n })}
          >
            ✕
          </button>
        </div>
      </div>
      <NodeList nodes={p.node.children ?? []} row={scope} />
    </section>
  );
});
