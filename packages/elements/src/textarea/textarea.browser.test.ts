import { expect, fixture, html } from '@open-wc/testing';
import './textarea.ts';
import type { PaduTextarea } from './textarea.ts';
import { find, textOf } from '../../test/browser/support.ts';

describe('<padu-textarea>', () => {
  it('takes part in a form, keeps line breaks, and shows its message after a submit attempt', async () => {
    const form = await fixture<HTMLFormElement>(html`<form novalidate>
      <padu-textarea name="alamat" label="Alamat lengkap" hint="Nama jalan, RT/RW" rows="3" required></padu-textarea>
    </form>`);
    const field = form.querySelector<PaduTextarea>('padu-textarea')!;
    await field.updateComplete;
    const textarea = find<HTMLTextAreaElement>(field, 'textarea');
    expect(textarea.rows).to.equal(3);
    form.checkValidity();
    await field.updateComplete;
    expect(textOf(find(field, '[part=error]'))).to.equal('Kesalahan: Alamat lengkap wajib diisi.');
    expect(textarea.getAttribute('aria-describedby')).to.equal('hint error');
    textarea.value = 'Jl. Dhoho 12\nRT 002 RW 005';
    textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await field.updateComplete;
    expect(new FormData(form).get('alamat')).to.equal('Jl. Dhoho 12\nRT 002 RW 005');
    expect(field.validity.valid).to.equal(true);
    await expect(field).to.be.accessible();
  });
});
