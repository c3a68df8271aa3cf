import { localize, type Page } from '@sprout/shared';
import { useState } from 'react';
import { freshId } from '../../commands/index.ts';
import { usePageDrop } from '../../dnd/index.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useEditor, useEditorStore } from '../../store/index.ts';

/** Pages as tabs: switch, add, rename, reorder, delete (undoable); drop a node on a tab to move it there. */
export function PageTabs() {
  const { t, locale } = useI18n();
  const store = useEditorStore();
  const pages = useEditor((s) => s.definition.pages);
  const current = useEditor((s) => s.pageId);
  const add = () => {
    const def = store.getState().definition;
    const page = { id: freshId(def, 'page'), title: t('pages.newTitle', { n: def.pages.length + 1 }), nodes: [] };
    store.getState().dispatch({ kind: 'add-page', page });
  };
  return (
    <div className="page-tabs">
      <div role="tablist" aria-label={t('pages.titleLabel')}>
        {pages.map((p) => (
          <PageTab key={p.id} page={p} active={p.id === current} title={localize(p.title, locale) || p.id} />
        ))}
      </div>
      <button type="button" onClick={add}>
        ＋ {t('pages.add')}
      </button>
      <PageActions />
    </div>
  );
}

function PageTab({ page, active, title }: { page: Page; active: boolean; title: string }) {
  const showPage = useEditor((s) => s.showPage);
  const { setRef, indicator } = usePageDrop(page.id);
  return (
    <button
      ref={setRef}
      type="button"
      role="tab"
      aria-selected={active}
      className={`page-tab ${indicator ? 'drop-over' : ''}`}
      onClick={() => showPage(page.id)}
    >
      {title}
    </button>
  );
}

function PageActions() {
  const { t, locale } = useI18n();
  const store = useEditorStore();
  const pages = useEditor((s) => s.definition.pages);
  const pageId = useEditor((s) => s.pageId);
  const [renaming, setRenaming] = useState(false);
  const index = pages.findIndex((p) => p.id === pageId);
  const page = pages[index];
  if (!page) return null;
  const dispatch = store.getState().dispatch;
  return (
    <span className="page-actions">
      {renaming ? (
        <input
          aria-label={t('pages.titleLabel')}
          defaultValue={localize(page.title, locale)}
          // biome-ignore lint/a11y/noAutofocus: the official just asked to rename this page
          autoFocus
          onBlur={() => setRenaming(false)}
          onKeyDown={(e) => e.key === 'Enter' && setRenaming(false)}
          onChange={(e) => dispatch({ kind: 'rename-page', id: page.id, title: e.target.value })}
        />
      ) : (
        <button type="button" onClick={() => setRenaming(true)}>
          {t('pages.rename')}
        </button>
      )}
      <button
        type="button"
        disabled={index === 0}
        onClick={() => dispatch({ kind: 'move-page', id: page.id, index: index - 1 })}
      >
        {t('pages.moveLeft')}
      </button>
      <button
        type="button"
        disabled={index === pages.length - 1}
        onClick={() => dispatch({ kind: 'move-page', id: page.id, index: index + 1 })}
      >
        {t('pages.moveRight')}
      </button>
      <button
        type="button"
        disabled={pages.length === 1}
        onClick={() => dispatch({ kind: 'delete-page', id: page.id })}
      >
        {t('pages.delete')}
      </button>
    </span>
  );
}
