import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../index.ts';
import { configure } from './client.ts';
import { define } from './define.ts';
import type { PaduLogin } from '../login/login.ts';
import type { PaduStatusTracker } from '../status-tracker/status-tracker.ts';
import type { PaduTextInput } from '../text-input/text-input.ts';
import { contrast } from '../styles/theme.ts';
import { API, SEEDED, find, textOf, until } from '../../test/browser/support.ts';

const rgb = (colour: string) => colour.match(/\d+/g)!.slice(0, 3).map(Number) as [number, number, number];

describe('PaduElement', () => {
  it('takes the language of the nearest lang across shadow roots, and follows changes', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="en"><section></section></div>`);
    const host = outer.querySelector('section')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<div><padu-text-input label="X" required></padu-text-input></div>';
    const field = root.querySelector<PaduTextInput>('padu-text-input')!;
    await field.updateComplete;
    expect(field.validationMessage).to.equal('X is required.');
    outer.lang = 'id-ID';
    await until(() => field.validationMessage === 'X wajib diisi.', 'the outer lang');
    root.querySelector('div')!.lang = 'en-GB';
    await until(() => field.validationMessage === 'X is required.', 'a closer lang inside the shadow root');
    field.lang = 'id';
    await until(() => field.validationMessage === 'X wajib diisi.', 'its own lang');
  });

  it('derives readable colours from any brand colour an OPD sets', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="--padu-brand: #ffd21f">
        <padu-login></padu-login>
      </div>`);
      const login = wrapper.querySelector<PaduLogin>('padu-login')!;
      await login.updateComplete;
      // Yellow is too light for white text: the button takes dark text.
      const submit = getComputedStyle(find(login, '[part=submit]'));
      expect(submit.backgroundColor).to.equal('rgb(255, 210, 31)');
      expect(submit.color).to.equal('rgb(17, 17, 17)');
      expect(contrast(rgb(submit.color), rgb(submit.backgroundColor))).to.be.at.least(4.5);
      // As text on white (links, outlined buttons, focus rings) it takes a darker shade.
      const password = find(login, '#password');
      await (password as PaduTextInput).updateComplete;
      const toggle = getComputedStyle(find(password, '[part=toggle]'));
      expect(contrast(rgb(toggle.color), [255, 255, 255])).to.be.at.least(4.5);
      expect(warnings.join()).to.include('--padu-brand #ffd21f');
      await expect(login).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('keeps the default theme and a dark brand as they are', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="--padu-brand: #5b0f8a"><padu-login></padu-login></div>`);
    const login = wrapper.querySelector<PaduLogin>('padu-login')!;
    await login.updateComplete;
    const submit = getComputedStyle(find(login, '[part=submit]'));
    expect(submit.backgroundColor).to.equal('rgb(91, 15, 138)');
    expect(submit.color).to.equal('rgb(255, 255, 255)');
  });

  it('lets host CSS restyle parts, and nothing leaks out', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <style>
        .themed::part(submit) { border-radius: 0; }
        button { border-radius: 17px; }
      </style>
      <padu-login class="themed"></padu-login>
      <button type="button">host</button>
    </div>`);
    const login = wrapper.querySelector<PaduLogin>('padu-login')!;
    await login.updateComplete;
    expect(getComputedStyle(find(login, '[part=submit]')).borderTopLeftRadius).to.equal('0px');
    expect(getComputedStyle(wrapper.querySelector('button')!).borderTopLeftRadius).to.equal('17px');
    expect(getComputedStyle(wrapper.querySelector('button')!).backgroundColor).not.to.equal('rgb(11, 92, 173)');
  });

  it('fires typed events that bubble out of shadow roots', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><padu-status-tracker code=${SEEDED.needsRevision}></padu-status-tracker></div>`);
    const tracker = wrapper.querySelector<PaduStatusTracker>('padu-status-tracker')!;
    await until(() => tracker.shadowRoot!.querySelector('[part=revise]'), 'revise button');
    const event = oneEvent(document, 'padu-revise-request');
    find(tracker, '[part=revise]').click();
    const { detail, composed, bubbles } = await event;
    expect({ composed, bubbles, code: detail.trackingCode }).to.deep.equal({ composed: true, bubbles: true, code: SEEDED.needsRevision });
  });

  it('never defines a tag twice', () => {
    const first = customElements.get('padu-login');
    const warn = console.warn;
    console.warn = () => {};
    try {
      expect(() => define('padu-login', class extends HTMLElement {})).not.to.throw();
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('padu-login')).to.equal(first);
  });
});

describe('the page default client', () => {
  it('comes from <meta name="padu-api">, and configure() overrides it for elements already on the page', async () => {
    const meta = Object.assign(document.createElement('meta'), { name: 'padu-api', content: 'http://127.0.0.1:9/api/v1' });
    document.head.append(meta);
    try {
      const tracker = await fixture<PaduStatusTracker>(html`<padu-status-tracker code=${SEEDED.verifying}></padu-status-tracker>`);
      await until(() => textOf(tracker).includes('Tidak dapat terhubung'), 'the unreachable gateway from the meta tag', 15000);
      configure({ baseUrl: API });
      await until(() => tracker.shadowRoot!.querySelector('[part=tracker]'), 'the configured gateway', 15000);
    } finally {
      meta.remove();
    }
  });
});
