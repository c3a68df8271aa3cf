import { createRoot } from 'react-dom/client';
import '../styles.css';
import '../verify/verify.css';
import { VerifyPage } from '../verify/VerifyPage.tsx';

const root = document.getElementById('root');
if (root) createRoot(root).render(<VerifyPage />);
