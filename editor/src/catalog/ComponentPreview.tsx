import type { AppDefinition } from '@sprout/shared';
import type { RuntimePack } from '@sprout/shared/catalog/pack';
import { DEFAULT_SETTINGS } from '@sprout/shared/definition';
import { AppRenderer, pagePacks } from '@sprout/runtime';
import { useMemo } from 'react';
import { useI18n } from '../i18n/index.tsx';

/**
 * One pack component rendered by the runtime itself, as a resident would see it: a
 * composite from its manifest, a widget through the same loader (in a sandboxed frame
 * when the pack is untrusted, a placeholder when it is blocked).
 */
export function ComponentPreview({ runtime, type }: { runtime: RuntimePack; type: string }) {
  const { locale } = useI18n();
  const { catalog, widgets, fieldFor } = useMemo(() => pagePacks([runtime]), [runtime]);
  const definition = useMemo(
    (): AppDefinition => ({
      schemaVersion: 2,
      meta: { title: '' },
      pages: [{ id: 'preview', nodes: [{ id: 'preview', type, name: 'preview' }] }],
      settings: structuredClone(DEFAULT_SETTINGS),
    }),
    [type],
  );
  return (
    <div className="pack-preview">
      <AppRenderer
        definition={definition}
        catalog={catalog}
        packWidgets={widgets}
        packField={fieldFor}
        locale={locale}
        hideHeader
      />
    </div>
  );
}
