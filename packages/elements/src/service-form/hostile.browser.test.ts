import { expect, html } from '@open-wc/testing';
import type { FormDefinition } from '@padu/contract';
import type { Service } from '@padu/sdk';
import './service-form.ts';
import type { PaduServiceForm } from './service-form.ts';
import { find, loggedIn, shadow, textOf, until } from '../../test/browser/support.ts';
import { answerPage, control, mountForm, pageTitle, start } from '../../test/browser/service-form.ts';

const XSS = '<img src=x onerror="window.__padu_pwned=1">';
const many = (prefix: string) =>
  Array.from({ length: 10_000 }, (_, i) => ({ value: `${prefix}-${i}`, label: { id: `<i>${prefix} ${i}</i>` } }));

/** Every element inside `root`, through shadow roots. */
function deepQuery(root: Element, selector: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of node.querySelectorAll('*')) {
      if (child.matches(selector)) found.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  walk(root.shadowRoot!);
  return found;
}

describe('<padu-service-form>: a hostile service definition', () => {
  beforeEach(() => sessionStorage.clear());

  it('renders markup in labels as text, reports an unknown field type, and copes with 10 000 options', async function (this: { timeout(ms: number): void }) {
    this.timeout(60000);
    const client = await loggedIn();
    const service: Service = structuredClone(await client.services.get('surat-domisili'));
    service.name = { id: `Layanan ${XSS}` };
    service.standard.requirements = [{ id: `<script>window.__padu_pwned=2</script>KTP ${XSS}` }];
    const form: FormDefinition = {
      steps: [
        {
          id: 'satu',
          title: { id: `<h1>Judul</h1>${XSS}` },
          description: { id: `<a href="javascript:window.__padu_pwned=3">klik</a>` },
          fields: [
            { name: 'nama', type: 'text', label: { id: '<b onmouseover="alert(1)">Nama</b>' }, hint: { id: XSS }, required: true },
            { name: 'tanda_tangan', type: 'signature', label: { id: 'Tanda tangan' }, required: true },
            { name: 'kota', type: 'radio', label: { id: 'Kota' }, required: true, options: many('kota') },
            { name: 'desa', type: 'checkbox', label: { id: 'Desa' }, options: many('desa') },
          ],
        },
      ],
    };
    service.form = form;
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(String(message));
    let reported: PaduServiceForm['answers'] | undefined;
    const listener = (event: Event) => (reported = (event as CustomEvent).detail);
    document.addEventListener('padu-definition-error', listener);
    try {
      const element = await mountForm(html`<padu-service-form .serviceData=${service} .client=${client}></padu-service-form>`);
      expect(pageTitle(element)).to.equal(`Layanan ${XSS}`);
      await start(element);
      expect(pageTitle(element)).to.equal(`<h1>Judul</h1>${XSS}`);
      expect(textOf(control(element, 'nama'))).to.include('<b onmouseover="alert(1)">Nama</b>');
      expect(deepQuery(element, 'img, script, b, i, h1, a[href^=javascript]')).to.deep.equal([]);

      const unknown = find(element, '[part=unknown-field]');
      expect(textOf(unknown)).to.equal('Tanda tangan Jenis isian tidak dikenal: signature. Isian ini belum dapat diisi di sini.');
      expect(warnings.join(' ')).to.include('"signature"');
      expect(reported).to.deep.include({ serviceId: 'surat-domisili' });
      expect((reported as unknown as { errors: { code: string; pointer: string }[] }).errors).to.deep.include.members([
        { pointer: '/steps/0/fields/1', code: 'definition.unknown_type', message: 'Jenis isian "signature" pada tanda_tangan tidak dikenal.', params: { field: 'tanda_tangan', type: 'signature' } },
      ]);

      // Long lists become select boxes.
      const kota = find<HTMLSelectElement>(control(element, 'kota'), 'select');
      expect(kota.options.length).to.equal(10_001);
      expect(find<HTMLSelectElement>(control(element, 'desa'), 'select').multiple).to.equal(true);
      await answerPage(element, { nama: 'Ani', kota: 'kota-9999', desa: ['desa-1', 'desa-2'] });
      await until(() => pageTitle(element) === 'Periksa jawaban Anda', 'the check-answers page');
      expect(element.answers).to.deep.equal({ nama: 'Ani', kota: 'kota-9999', desa: ['desa-1', 'desa-2'] });
      expect(textOf(element)).to.include('<i>kota 9999</i>');
      expect((window as { __padu_pwned?: number }).__padu_pwned).to.equal(undefined);
      expect(deepQuery(element, 'img, script, b, i, h1')).to.deep.equal([]);
    } finally {
      console.warn = warn;
      document.removeEventListener('padu-definition-error', listener);
    }
  });

  it('does not crash on a definition too broken to read', async () => {
    const client = await loggedIn();
    const service: Service = structuredClone(await client.services.get('sktm'));
    service.form = { steps: [null, { id: 'rusak', title: 42, fields: [null, { type: 'text' }, 'x'] }, 7] } as unknown as FormDefinition;
    const warn = console.warn;
    console.warn = () => {};
    try {
      const element = await mountForm(html`<padu-service-form .serviceData=${service} .client=${client}></padu-service-form>`);
      await start(element);
      expect(textOf(find(element, '[part=step-count]'))).to.equal('Langkah 1 dari 1');
      await answerPage(element, {});
      expect(pageTitle(element)).to.equal('Periksa jawaban Anda');
      expect(shadow(element).querySelector('[part=submit]')).not.to.equal(null);
    } finally {
      console.warn = warn;
    }
  });
});
