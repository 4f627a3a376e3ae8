// What every story shares: the custom-elements manifest (docs pages: attributes, properties, events, slots,
// parts, CSS properties), the language and OPD-brand toolbars, and the frame around each story.
import { html } from 'lit';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../packages/elements/custom-elements.json' with { type: 'json' };
import '@padu/elements';
import './preview.css';

setCustomElementsManifest(manifest);

/** The story in a frame with its language and brand: `lang` on the wrapper, as a host page sets it. */
const frame: Decorator = (story, { globals }) =>
  html`<div class="padu-story brand-${globals.brand ?? 'default'}" lang=${globals.locale ?? 'id'}>${story()}</div>`;

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [frame],
  globalTypes: {
    locale: {
      description: 'Bahasa / language',
      toolbar: {
        title: 'Bahasa',
        icon: 'globe',
        items: [
          { value: 'id', title: 'Bahasa Indonesia' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    brand: {
      description: 'OPD brand colour (--padu-brand)',
      toolbar: {
        title: 'OPD',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Padu (default)' },
          { value: 'disdukcapil', title: 'Disdukcapil (biru)' },
          { value: 'dpmptsp', title: 'DPMPTSP (hijau)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'id', brand: 'default' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    docs: { toc: true },
    options: { storySort: { order: ['Padu', ['Pengantar', 'Pasang di situs OPD', 'Design tokens'], 'Elements', 'Fields'] } },
  },
};

export default preview;
