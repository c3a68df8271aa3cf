import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/api-context.tsx';
import { createApi } from './api/client.ts';
import { I18nProvider } from './i18n/index.tsx';
import { App } from './shell/App.tsx';
import { SessionProvider } from './shell/session.tsx';
import './styles/base.css';
import './styles/shell.css';
import './styles/builder.css';
import './styles/panels.css';
import './styles/logic.css';
import './styles/preview.css';

const api = createApi('/api/v1', () => document.documentElement.lang || 'zh-CN');
const root = document.getElementById('root');
if (root) {
  if (localStorage.getItem('sprout.locale') === 'en') document.documentElement.lang = 'en';
  createRoot(root).render(
    <I18nProvider>
      <ApiProvider api={api}>
        <SessionProvider>
          <App />
        </SessionProvider>
      </ApiProvider>
    </I18nProvider>,
  );
}
