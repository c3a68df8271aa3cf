import { createRoot } from 'react-dom/client';
import { FrameApp } from './FrameApp.tsx';

// The document an untrusted widget runs in (sandboxed, opaque origin); see packs/FramedWidget.tsx.
const root = document.getElementById('root');
if (root) createRoot(root).render(<FrameApp />);
