import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { queryClient } from './app/queryClient';
import { setupI18n } from './lib/i18n';
import { meQuery } from './modules/auth/api';
import './app/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('The #root element is missing from index.html');

// Who is reading is asked at once: the first render then shows the header as it stays, with no second one.
void queryClient.prefetchQuery(meQuery());

// The reader's language arrives as a chunk of its own, while the router fetches the first page.
void setupI18n().then(() =>
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
