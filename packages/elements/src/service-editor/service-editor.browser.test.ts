import { expect, fixture, html } from '@open-wc/testing';
import type { Padu, ServiceDraftContent } from '@padu/sdk';
import './service-editor.ts';
import type { PaduServiceEditor } from './service-editor.ts';
import { deepActiveElement, expectNoHorizontalScroll, find, loggedIn, textOf, until } from '../../test/browser/support.ts';
import { inputId } from './draft-model.ts';

/** The demo OPD admin of Dinas Sosial, who authors SKTM. */
const DINSOS_ADMIN = 'admin.dinsos@demo.padu.id';

/**
 * A new service of Dinas Sosial, its draft filled with SKTM's published content (a complete, valid service), so a
 * test starts from a draft that could be published as it is. Each gets its own id: the gateway lives for the run.
 */
async function newDraft(client: Padu): Promise<string> {
  const id = `uji-editor-${Math.random().toString(36).slice(2, 8)}`;
  const sktm = await client.services.get('sktm');
  const draft = await client.authoring.create({ id, category: 'sosial', name: { id: 'Surat Uji Editor' } });
  const { category, summary, requiresVerifiedAccount, standard, dataProtection, form } = sktm;
  const content = { category, name: { id: 'Surat Uji Editor', en: 'Editor test letter' }, summary, requiresVerifiedAccount, standard, dataProtection, form };
  await client.authoring.saveDraft(id, content as ServiceDraftContent, { etag: draft.etag });
  return id;
}

async function mountEditor(client: Padu, serviceId: string): Promise<PaduServiceEditor> {
  const editor = await fixture<PaduServiceEditor>(html`<padu-service-editor service-id=${serviceId} .client=${client}></padu-service-editor>`);
  await until(() => editor.shadowRoot!.querySelector('.layout, [part=problem]'), 'the draft loaded');
  return editor;
}

/** The editor's input for the value at `pointer`. */
const inputAt = <E extends HTMLElement = HTMLInputElement>(editor: PaduServiceEditor, pointer: string) => find<E>(editor, `#${inputId(pointer)}`);

function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

const button = (editor: PaduServiceEditor, text: string) => {
  const found = [...editor.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((candidate) => candidate.textContent?.trim() === text);
  if (!found) throw new Error(`No button "${text}"`);
  return found;
};

describe('<padu-service-editor>', () => {
  it('an OPD admin adds a field with a condition picked from an earlier field, sees a problem inline and in the summary, fixes it and publishes with a note', async () => {
    const client = await loggedIn(DINSOS_ADMIN);
    const serviceId = await newDraft(client);
    const editor = await mountEditor(client, serviceId);
    expect(textOf(editor)).to.include('Menyusun: Surat Uji Editor');
    expect(textOf(editor)).to.include('Draf baru, belum pernah diterbitkan');

    // The preview is the real form, drawn from the draft.
    const preview = find(editor, 'padu-service-form');
    await until(() => textOf(preview).includes('Surat Uji Editor'), 'the preview shows the draft');

    // Add a short-text question at the end of the first step.
    const fieldsBefore = editor.shadowRoot!.querySelectorAll('.steps > li:first-child > section > ol.fields > li').length;
    choose(find<HTMLSelectElement>(editor, `#${inputId('/form/steps/0/fields')}-new-type`), 'text');
    button(editor, 'Tambah pertanyaan').click();
    const at = `/form/steps/0/fields/${fieldsBefore}`;
    await until(() => deepActiveElement()?.id === inputId(`${at}/label/id`), 'the new question’s label has the focus');
    expect(textOf(find(editor, '[role=status][aria-live=polite]'))).to.include('ditambahkan');
    typeInto(inputAt(editor, `${at}/label/id`), 'Sebutkan keperluan lain');
    // An invalid name, for the gateway to refuse.
    typeInto(inputAt(editor, `${at}/name`), 'Keperluan Lain');

    // The condition, by picking: an earlier field with options, "sama dengan", one of its options.
    const fieldSelect = inputAt<HTMLSelectElement>(editor, `${at}/visibleWhen/field`);
    const choices = [...fieldSelect.options].map((option) => option.value).filter(Boolean);
    expect(choices).to.include('keperluan');
    choose(fieldSelect, 'keperluan');
    await editor.updateComplete;
    const operator = inputAt<HTMLSelectElement>(editor, `${at}/visibleWhen/operator`);
    expect([...operator.options].map((option) => option.value)).to.include.members(['equals', 'notEquals', 'oneOf', 'isEmpty', 'notEmpty']);
    expect([...operator.options].map((option) => option.value)).not.to.include('lessThan');
    const value = inputAt<HTMLSelectElement>(editor, `${at}/visibleWhen/equals`);
    expect(value.localName).to.equal('select');
    choose(value, [...value.options].at(-1)!.value);

    // Save: the gateway's problem shows at the name and in the summary, whose link goes to the input.
    button(editor, 'Simpan draf').click();
    await until(() => editor.shadowRoot!.querySelector('#summary'), 'the problem summary');
    const name = inputAt(editor, `${at}/name`);
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(find(editor, `#${inputId(`${at}/name`)}-error`).textContent).to.match(/\S/);
    expect(deepActiveElement()?.id).to.equal('summary');
    const link = find<HTMLAnchorElement>(editor, `#summary a[href="#${inputId(`${at}/name`)}"]`);
    link.click();
    expect(deepActiveElement()).to.equal(name);
    await expect(editor).to.be.accessible();

    // Fixed and saved: no problem left.
    typeInto(name, 'keperluan_lain');
    button(editor, 'Simpan draf').click();
    await until(() => textOf(editor).includes('Draf tersimpan dan siap diterbitkan.'), 'a valid draft');
    expect(editor.shadowRoot!.querySelector('#summary')).to.equal(null);
    const saved = await client.authoring.draft(serviceId);
    const added = (saved.content.form as { steps: { fields: Record<string, unknown>[] }[] }).steps[0]!.fields.at(-1)!;
    expect(added.name).to.equal('keperluan_lain');
    expect(added.visibleWhen).to.have.property('field', 'keperluan');

    // Publishing asks for a change note first.
    button(editor, 'Terbitkan').click();
    await until(() => deepActiveElement()?.id === 'change-note', 'the change note has the focus');
    expect(find(editor, '#change-note').getAttribute('aria-invalid')).to.equal('true');
    typeInto(find<HTMLTextAreaElement>(editor, '#change-note'), 'Pertanyaan keperluan lain, bila keperluannya lainnya.');
    button(editor, 'Terbitkan').click();
    await until(() => editor.shadowRoot!.querySelector('[part=published]'), 'the published confirmation');
    expect(textOf(editor)).to.include('Surat Uji Editor terbit sebagai versi 1');
    const published = await client.services.get(serviceId);
    expect(published.version).to.equal(1);
    expect(published.form.steps[0]!.fields.map((field) => field.name)).to.include('keperluan_lain');
    await expect(editor).to.be.accessible();

    // Edit again: a new draft from version 1, and its changes against it.
    button(editor, 'Ubah lagi').click();
    await until(() => editor.shadowRoot!.querySelector('.layout'), 'a new draft');
    expect(textOf(editor)).to.include('Draf berdasarkan versi 1');
    typeInto(inputAt(editor, '/summary/id'), 'Ringkasan yang diperbarui.');
    button(editor, 'Lihat perubahan').click();
    await until(() => editor.shadowRoot!.querySelector('#diff li'), 'the list of changes');
    expect(textOf(find(editor, '#diff'))).to.include('Perubahan terhadap versi 1');
    expect(textOf(find(editor, '#diff'))).to.include('/summary/id diubah');
    expect(deepActiveElement()?.id).to.equal('diff');
  });

  it('a save from a stale copy shows the conflict, and loads the other admin’s version', async () => {
    const client = await loggedIn(DINSOS_ADMIN);
    const serviceId = await newDraft(client);
    const editor = await mountEditor(client, serviceId);

    // Another admin saves in between.
    const other = await loggedIn(DINSOS_ADMIN);
    const theirs = await other.authoring.draft(serviceId);
    await other.authoring.saveDraft(serviceId, { ...theirs.content, name: { id: 'Nama dari admin lain' } }, { etag: theirs.etag });

    typeInto(inputAt(editor, '/name/id'), 'Nama saya');
    button(editor, 'Simpan draf').click();
    await until(() => editor.shadowRoot!.querySelector('[part=conflict]'), 'the conflict notice');
    expect(textOf(editor)).to.include('Draf ini telah diubah orang lain');
    expect(deepActiveElement()?.id).to.equal('conflict');
    expect((await client.authoring.draft(serviceId)).content.name).to.deep.equal({ id: 'Nama dari admin lain' });
    await expect(editor).to.be.accessible();

    button(editor, 'Muat versi terbaru').click();
    await until(() => !editor.shadowRoot!.querySelector('[part=conflict]'), 'the conflict resolved');
    expect(inputAt(editor, '/name/id').value).to.equal('Nama dari admin lain');
  });

  it('moves a question by keyboard-usable buttons, announced, with the focus kept on the moved question', async () => {
    const client = await loggedIn(DINSOS_ADMIN);
    const editor = await mountEditor(client, await newDraft(client));
    const firstName = inputAt(editor, '/form/steps/0/fields/0/name').value;
    const down = find<HTMLButtonElement>(editor, `#${inputId('/form/steps/0/fields/0')}-down`);
    down.focus();
    down.click();
    await editor.updateComplete;
    expect(inputAt(editor, '/form/steps/0/fields/1/name').value).to.equal(firstName);
    expect(deepActiveElement()?.id).to.equal(`${inputId('/form/steps/0/fields/1')}-down`);
    expect(textOf(find(editor, '[role=status][aria-live=polite]'))).to.match(/dipindahkan ke posisi 2 dari \d+/);
    find<HTMLButtonElement>(editor, `#${inputId('/form/steps/0/fields/1')}-up`).click();
    await editor.updateComplete;
    expect(inputAt(editor, '/form/steps/0/fields/0/name').value).to.equal(firstName);
    // At the top "Naikkan" is disabled, so the focus stays on the item, on "Turunkan".
    expect(deepActiveElement()?.id).to.equal(`${inputId('/form/steps/0/fields/0')}-down`);

    // Removed: said, and the focus goes to the question now in its place.
    const secondName = inputAt(editor, '/form/steps/0/fields/1/name').value;
    find<HTMLButtonElement>(editor, `#${inputId('/form/steps/0/fields/0')}-down`)
      .parentElement!.querySelector<HTMLButtonElement>('button.danger')!
      .click();
    await editor.updateComplete;
    expect(inputAt(editor, '/form/steps/0/fields/0/name').value).to.equal(secondName);
    expect(textOf(find(editor, '[role=status][aria-live=polite]'))).to.include('dihapus');
    expect(deepActiveElement()?.id).to.equal(`${inputId('/form/steps/0/fields/0')}-down`);
  });

  it('fits a 320 px screen, and the preview switches to English and to phone width', async () => {
    const client = await loggedIn(DINSOS_ADMIN);
    const editor = await mountEditor(client, await newDraft(client));
    find<HTMLInputElement>(editor, '#preview-en').click();
    find<HTMLInputElement>(editor, '#preview-phone').click();
    await editor.updateComplete;
    const preview = find(editor, 'padu-service-form');
    expect(preview.getAttribute('lang')).to.equal('en');
    await until(() => textOf(preview).includes('Editor test letter'), 'the English preview');
    expect(find(editor, '[part=preview]').getBoundingClientRect().width).to.be.at.most(360);
    await expectNoHorizontalScroll(editor);
  });

  it('creates a new service of the admin’s OPD, and refuses a taken id at its input', async () => {
    const client = await loggedIn(DINSOS_ADMIN);
    const editor = await fixture<PaduServiceEditor>(html`<padu-service-editor .client=${client}></padu-service-editor>`);
    await until(() => editor.shadowRoot!.querySelector('form.new-service'), 'the new-service form');
    await expect(editor).to.be.accessible();
    typeInto(find<HTMLInputElement>(editor, '#id'), 'sktm');
    typeInto(find<HTMLInputElement>(editor, '#name-id'), 'Layanan Baru');
    button(editor, 'Buat layanan').click();
    await until(() => editor.shadowRoot!.querySelector('#summary'), 'the problem');
    expect(find(editor, '#id').getAttribute('aria-invalid')).to.equal('true');

    const id = `baru-${Math.random().toString(36).slice(2, 8)}`;
    typeInto(find<HTMLInputElement>(editor, '#id'), id);
    button(editor, 'Buat layanan').click();
    await until(() => editor.shadowRoot!.querySelector('.layout'), 'the new draft open');
    expect(editor.serviceId).to.equal(id);
    expect((await client.authoring.get(id)).agencyId).to.equal('dinsos');
  });
});
