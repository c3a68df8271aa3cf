import type { AppNode } from '@sprout/shared';
import { type BlockChange, blockDiff } from '@sprout/shared/blocks';
import { useEffect, useState } from 'react';
import { useApi } from '../api/api-context.tsx';
import { problemText } from '../console/States.tsx';
import { type Translate, useI18n } from '../i18n/index.tsx';
import { useSession } from '../shell/session.tsx';
import { useEditor } from '../store/index.ts';
import { blocksApi } from './blocks-api.ts';
import { libraryChanged, useBlocks } from './use-blocks.ts';

/** What goes into the library: the section as it is, without where it came from. */
function asBlockNodes(node: AppNode): AppNode[] {
  const { block: _from, ...rest } = node;
  return [rest];
}

function changeText(t: Translate, c: BlockChange): string {
  if (c.kind === 'changed')
    return t('blocks.change.changed', { label: c.label, aspects: (c.aspects ?? []).join('、') });
  return t(c.kind === 'added' ? 'blocks.change.added' : 'blocks.change.removed', { label: c.label });
}

/**
 * A section's block actions: save it to the org's library (or as a new version of the block it
 * came from), and, when the library has a newer version, the upgrade with a readable diff.
 */
export function BlockFields({ node }: { node: AppNode }) {
  const { t } = useI18n();
  const api = useApi();
  const { user } = useSession();
  const dispatch = useEditor((s) => s.dispatch);
  const { blocks } = useBlocks();
  const [note, setNote] = useState('');
  const [diff, setDiff] = useState<BlockChange[] | null>(null);
  const from = node.block;
  const library = from ? blocks.find((b) => b.id === from.id) : undefined;
  const newer = library && from && library.version > from.version ? library : undefined;
  const own = library !== undefined && library.orgId === user?.org.id;
  useEffect(() => {
    setDiff(null);
    if (!newer || !from) return;
    let live = true;
    blocksApi(api)
      .version(from.id, from.version)
      .then((old) => live && setDiff(blockDiff(old.nodes, newer.nodes)))
      .catch(() => live && setDiff([]));
    return () => {
      live = false;
    };
  }, [api, newer, from]);
  const save = async () => {
    setNote('');
    try {
      const calls = blocksApi(api);
      const name = from?.name ?? String(node.props?.title ?? t('blocks.palette'));
      const saved =
        from && own
          ? { id: from.id, version: (await calls.saveVersion(from.id, asBlockNodes(node))).version, name }
          : await calls.save(name, asBlockNodes(node));
      dispatch({ kind: 'update-node', id: node.id, fields: { block: { id: saved.id, version: saved.version, name } } });
      setNote(t('blocks.saved', { name, v: saved.version }));
      libraryChanged();
    } catch (e) {
      setNote(problemText(e));
    }
  };
  return (
    <fieldset className="block-fields">
      <legend>{t('blocks.palette')}</legend>
      {from && <p className="small">{t('blocks.from.inserted', { name: from.name, v: from.version })}</p>}
      {newer && from && (
        <section className="block-upgrade" aria-label={t('blocks.newer', { name: from.name, v: newer.version })}>
          <p>{t('blocks.newer', { name: from.name, v: newer.version })}</p>
          {diff && (
            <ul className="block-diff">
              {diff.length === 0 && <li>{t('blocks.noChange')}</li>}
              {diff.map((c) => (
                <li key={`${c.kind}:${c.label}`} className={`change-${c.kind}`}>
                  {changeText(t, c)}
                </li>
              ))}
            </ul>
          )}
          <button
            type="button"
            className="primary"
            onClick={() => dispatch({ kind: 'upgrade-block', id: node.id, block: newer })}
          >
            {t('blocks.upgrade', { v: newer.version })}
          </button>
        </section>
      )}
      <p className="muted small">
        {t('blocks.saveHelp')} {t('blocks.multi.hint')}
      </p>
      <button type="button" onClick={save}>
        {from && own ? t('blocks.saveVersion', { name: from.name }) : t('blocks.save')}
      </button>
      {note && (
        <p className="small" role="status">
          {note}
        </p>
      )}
    </fieldset>
  );
}
