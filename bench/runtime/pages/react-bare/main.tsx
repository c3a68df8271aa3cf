import { createRoot } from 'react-dom/client';

// Size reference only: React and ReactDOM with nothing else, what any React page starts from.
createRoot(document.getElementById('root')!).render(<p>萌芽</p>);
