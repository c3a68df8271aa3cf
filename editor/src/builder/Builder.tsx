import { useState } from 'react';
import type { AppDetail } from '../api/types.ts';
import { BuilderDnd } from '../dnd/index.ts';
import { BuilderHeader } from './BuilderHeader.tsx';
import { PackUpgrades } from './pack-upgrades/PackUpgrades.tsx';
import { Canvas } from './canvas/Canvas.tsx';
import { PageTabs } from './canvas/PageTabs.tsx';
import { Palette } from './Palette.tsx';
import { PreviewPane } from './preview/PreviewPane.tsx';
import { PublishDialog } from './publish/PublishDialog.tsx';
import { SidePanel } from './SidePanel.tsx';
import { useUndoShortcuts } from './use-shortcuts.ts';

interface BuilderProps {
  app: AppDetail;
  /** A message to say once the builder is up (after a pack upgrade reloaded the draft). */
  notice?: string | undefined;
  onUpgraded(message: string): void;
}

/** The builder: palette | pages and canvas | inspector and other panels | live preview. */
export function Builder({ app, notice, onUpgraded }: BuilderProps) {
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
      {notice && (
        <p className="builder-notice" role="status">
          {notice}
        </p>
      )}
      <PackUpgrades appId={app.id} onUpgraded={onUpgraded} />
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
