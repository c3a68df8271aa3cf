import { createRoot } from 'react-dom/client';
import '../styles.css';
import '../verify/verify.css';
import { VerifyPage } from '../verify/VerifyPage.tsx';
import { registerOfflineWorker } from '../offline/service-worker/register.ts';

const root = document.getElementById('root');
if (root) createRoot(root).render(<VerifyPage />);
registerOfflineWorker('/verify');
