// The React example's entry on a real page: one SDK client for the page, talking to the gateway.
import { createRoot } from 'react-dom/client';
import { createPadu } from '@padu/sdk';
import { App } from './App.jsx';

const client = createPadu({ baseUrl: document.querySelector('meta[name="padu-api"]')?.content || '/api/v1' });
createRoot(document.getElementById('app')).render(<App client={client} />);
