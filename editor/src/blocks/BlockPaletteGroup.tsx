import { useApi } from '../api/api-context.tsx';
import { locate } from '../commands/index.ts';
import { useI18n } from '../i18n/index.tsx';
import { useEditorStore } from '../store/index.ts';
import { blocksApi } from './blocks-api.ts';
import { useBlocks } from './use-blocks.ts';

/** The palette's 区块 group: the library's blocks, added after the selected node or at the page's end. */
export function BlockPaletteGroup() {
  const { t } = useI18n();
  const api = useApi();
  const store = useEditorStore();
  const { blocks } = useBlocks();
  if (blocks.length === 0) return null;
  return (
    <section className="palette-group" aria-label={t('blocks.palette')}>
      <h2>{t('blocks.palette')}</h2>
      <p className="muted small">{t('blocks.paletteHint')}</p>
      <ul>
        {blocks.map((b) => (
          <li key={b.id}>
            <button
              type="button"
              className="palette-item block-item"
              data-block={b.id}
              onClick={() => {
                const s = store.getState();
                const after = s.selectedId ? locate(s.definition, s.selectedId) : undefined;
                const at = after
                  ? { ...after, index: after.index + 1 }
                  : { pageId: s.pageId, index: Number.MAX_SAFE_INTEGER };
                s.dispatch({ kind: 'insert-block', block: b, at });
                blocksApi(api)
                  .used(b.id)
                  .catch(() => undefined);
              }}
            >
              <span aria-hidden="true" className="icon">
                ▣
              </span>
              {b.name}
              <span className="muted small block-meta">
                {t('blocks.from', { org: b.orgName, v: b.version })}
                {b.useCount !== undefined && ` · ${t('blocks.uses', { n: b.useCount })}`}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
