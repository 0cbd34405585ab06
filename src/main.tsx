import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';
import { App } from './app/app';
import { prefetchTill } from './app/boot-prefetch';
import { Providers, queryClient } from './app/providers';
import { installEarlyWedge } from './till/scanner/early-wedge';

// Before anything is drawn: a scan typed while the till loads waits for it instead of vanishing.
installEarlyWedge(() => window.location.pathname === import.meta.env.BASE_URL);

// The book, its edits and the staff load side by side while the screen is being drawn.
prefetchTill(queryClient);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <Providers>
      <App />
    </Providers>
  </StrictMode>,
);
