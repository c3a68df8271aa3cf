import { useState } from 'react';
import type { AppDetail } from '../api/types.ts';
import { BuilderDnd } from '../dnd/index.ts';
import { BuilderHeader } from './BuilderHeader.tsx';
import { Canvas } from './canvas/Canvas.tsx';
import { PageTabs } from './canvas/PageTabs.tsx';
import { Palette } from './Palette.tsx';
import { PreviewPane } from './preview/PreviewPane.tsx';
import { PublishDialog } from './publish/PublishDialog.tsx';
import { SidePanel } from './SidePanel.tsx';
import { useUndoShortcuts } from './use-shortcuts.ts';

/** The builder: palette | pages and canvas | inspector and other panels | live preview. */
export function Builder({ app }: { app: AppDetail }) {
  useUndoShortcuts();
  const [publishing, setPublishing] = useState(false);
  const [preview, setPreview] = useState(true);
  return (
    <div className="builder">
      <BuilderHeader
        onPublish={() => setPublishing(true)}
        preview={preview}
        onTogglePreview={() => setPreview((p) => !p)}
      />
      <BuilderDnd>
        <div className={`builder-body ${preview ? 'with-preview' : ''}`}>
          <Palette />
          <main className="canvas-column" id="main">
            <PageTabs />
            <Canvas />
          </main>
          <SidePanel />
          {preview && <PreviewPane />}
        </div>
      </BuilderDnd>
      {publishing && <PublishDialog app={app} onClose={() => setPublishing(false)} />}
    </div>
  );
}
