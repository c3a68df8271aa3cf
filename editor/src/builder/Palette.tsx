import type { ComponentCategory, ComponentManifest } from '@sprout/shared';
import { useState } from 'react';
import { BlockPaletteGroup } from '../blocks/BlockPaletteGroup.tsx';
import { createNode } from '../commands/create-node.ts';
import { locate } from '../commands/index.ts';
import { usePaletteDrag } from '../dnd/index.ts';
import { useI18n } from '../i18n/index.tsx';
import { useEditor, useEditorStore } from '../store/index.ts';
import { matchesSearch } from './palette-search.ts';

const CATEGORIES: ComponentCategory[] = ['basic', 'choice', 'china', 'media', 'layout', 'display'];

/** The components an official can add, by category; drag them, or press Enter / click to add. */
export function Palette() {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const catalog = useEditor((s) => s.catalog);
  const items = catalog.all().filter((m) => matchesSearch(m, query));
  return (
    <aside className="palette" aria-label={t('palette.title')}>
      <input
        type="search"
        className="palette-search"
        placeholder={t('palette.search')}
        aria-label={t('palette.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p className="muted small">{t('palette.hint')}</p>
      {query === '' && <BlockPaletteGroup />}
      {CATEGORIES.map((cat) => {
        const group = items.filter((m) => m.category === cat);
        if (group.length === 0) return null;
        return (
          <section key={cat} className="palette-group" aria-label={t(`palette.cat.${cat}`)}>
            <h2>{t(`palette.cat.${cat}`)}</h2>
            <ul>
              {group.map((m) => (
                <PaletteItem key={m.type} manifest={m} />
              ))}
            </ul>
          </section>
        );
      })}
    </aside>
  );
}

const ICONS: Record<string, string> = {
  basic: '✎',
  choice: '☑',
  china: '◉',
  media: '⊕',
  layout: '▦',
  display: '¶',
};

function PaletteItem({ manifest }: { manifest: ComponentManifest }) {
  const { locale } = useI18n();
  const store = useEditorStore();
  const { setRef, attributes, listeners } = usePaletteDrag(manifest.type);
  const add = () => {
    const s = store.getState();
    const after = s.selectedId ? locate(s.definition, s.selectedId) : undefined;
    const at = after ? { ...after, index: after.index + 1 } : { pageId: s.pageId, index: Number.MAX_SAFE_INTEGER };
    s.dispatch({ kind: 'insert-node', node: createNode(s.definition, manifest.type, s.catalog), at });
  };
  return (
    <li>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dnd-kit's attributes make it role=button, focusable */}
      <div
        ref={setRef}
        className="palette-item"
        data-type={manifest.type}
        {...attributes}
        {...listeners}
        onClick={add}
        onKeyDown={(e) => {
          if (e.key === 'Enter') add();
          else listeners?.onKeyDown?.(e);
        }}
      >
        <span aria-hidden="true" className="icon">
          {ICONS[manifest.category]}
        </span>
        {manifest.label[locale]}
      </div>
    </li>
  );
}
