import { createRoot } from 'react-dom/client';
import { registerOfflineWorker } from '../../offline/service-worker/register.ts';
import { ResidentApp } from './ResidentApp.tsx';

const slug = decodeURIComponent(location.pathname.replace(/^\/a\//, '').split('/')[0] ?? '');
const receipt = new URLSearchParams(location.search).get('receipt') ?? undefined;
const root = document.getElementById('root');
if (root) createRoot(root).render(<ResidentApp slug={slug} receiptCode={receipt} />);
registerOfflineWorker('/a/');
