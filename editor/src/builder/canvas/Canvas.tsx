import { localize } from '@sprout/shared';
import { useI18n } from '../../i18n/index.tsx';
import { useEditor } from '../../store/index.ts';
import { NodeList } from './CanvasNode.tsx';

/** The page being built; click a node to edit it, drag to rearrange. */
export function Canvas() {
  const { t, locale } = useI18n();
  const page = useEditor((s) => s.definition.pages.find((p) => p.id === s.pageId) ?? s.definition.pages[0]);
  if (!page) return null;
  return (
    <section className="canvas" aria-label={localize(page.title, locale)}>
      <div className="canvas-page">
        {page.nodes.length === 0 && <p className="canvas-empty">{t('canvas.empty')}</p>}
        <NodeList nodes={page.nodes} pageId={page.id} />
      </div>
    </section>
  );
}
