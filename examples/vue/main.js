// The Vue example's entry on a real page: one SDK client for the page, talking to the gateway.
import { createApp } from 'vue';
import { createPadu } from '@padu/sdk';
import App from './App.vue';

const client = createPadu({ baseUrl: document.querySelector('meta[name="padu-api"]')?.content || '/api/v1' });
createApp(App, { client }).mount('#app');
