import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
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

    // The condition, by picking: one comparison, an earlier field with options, "sama dengan", one of its options.
    choose(inputAt<HTMLSelectElement>(editor, `${at}/visibleWhen/kind`), 'comparison');
    await editor.updateComplete;
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

    // Who may apply is a choice to make: nothing is picked, and the gateway asks for it there.
    const anyAccount = inputAt(editor, '/requiresVerifiedAccount').querySelectorAll<HTMLInputElement>('input[type=radio]');
    expect([...anyAccount].map((radio) => radio.checked)).to.deep.equal([false, false]);
    await save(editor);
    expect(find(editor, `#summary a[href="#${inputId('/requiresVerifiedAccount')}"]`).textContent).to.include('Siapa yang dapat mengajukan');
    expect(anyAccount[0]!.getAttribute('aria-invalid')).to.equal('true');
    anyAccount[0]!.click();
    await save(editor);
    expect((await client.authoring.draft(id)).content.requiresVerifiedAccount).to.equal(false);
    expect(editor.shadowRoot!.querySelector(`#summary a[href="#${inputId('/requiresVerifiedAccount')}"]`)).to.equal(null);
  });
});

/** Saves the draft with "Simpan draf", once the gateway has answered and the button is back. */
async function save(editor: PaduServiceEditor): Promise<void> {
  const saved = oneEvent(editor, 'padu-draft-saved');
  button(editor, 'Simpan draf').click();
  await saved;
  await until(() => !textOf(editor).includes('Menyimpan…'), 'the save finished');
}

/** A key pressed on the focused element, as a keyboard user does. */
const press = (key: string) => sendKeys({ press: key });

/** Presses Tab until the element with `id` has the focus: it is reachable by keyboard, in reading order. */
async function tabTo(id: string, most = 12): Promise<void> {
  for (let i = 0; i < most && deepActiveElement()?.id !== id; i++) await press('Tab');
  expect(deepActiveElement()?.id).to.equal(id);
}

/** Moves the focused select to `value` with the arrow keys; each press changes it, as in a closed select. */
async function arrowTo(editor: PaduServiceEditor, value: string): Promise<void> {
  const select = deepActiveElement() as HTMLSelectElement;
  expect(select.localName).to.equal('select');
  for (let i = 0; i < 20 && select.value !== value; i++) {
    const values = [...select.options].map((option) => option.value);
    expect(values).to.include(value);
    await press(values.indexOf(select.value) < values.indexOf(value) ? 'ArrowDown' : 'ArrowUp');
    await editor.updateComplete;
  }
  expect(select.value).to.equal(value);
  expect(deepActiveElement()).to.equal(select);
}

type Fields = { steps: { fields: Record<string, unknown>[] }[] };

describe('<padu-service-editor>: conditions and patterns', () => {
  it('builds a nested condition by keyboard alone: all of a comparison and a not, each part named, added parts announced and focused', async () => {
    const client = await loggedIn(DINSOS_ADMIN);
    const serviceId = await newDraft(client);
    const editor = await mountEditor(client, serviceId);
    // When the cover letter (the second step's first field) is asked.
    const at = '/form/steps/1/fields/0/visibleWhen';
    const id = (pointer: string) => inputId(`${at}${pointer}`);
    const kind = inputAt<HTMLSelectElement>(editor, `${at}/kind`);
    expect([...kind.options].map((option) => option.textContent?.trim())).to.deep.equal(['Selalu tampil', 'Satu perbandingan', 'Semua benar', 'Salah satu benar', 'Tidak: kebalikan dari satu syarat']);
    kind.focus();
    // Passing over "Satu perbandingan" on the way nests nothing: one part, a comparison.
    await arrowTo(editor, 'all');
    expect(textOf(find(editor, `#${id('')}`))).to.include('Semua syarat berikut harus benar.');
    await tabTo(id('/all/0/kind'));
    expect(inputAt<HTMLSelectElement>(editor, `${at}/all/0/kind`).value).to.equal('comparison');
    expect(find(editor, `#${id('/all/0')} > legend`).textContent).to.equal('Syarat 1');

    // Part 1: "Keperluan" is one of two of its options (only earlier fields are offered).
    await tabTo(id('/all/0/field'));
    const fields = [...inputAt<HTMLSelectElement>(editor, `${at}/all/0/field`).options].map((option) => option.value);
    expect(fields).to.deep.equal(['nik', 'no_kk', 'alamat', 'keperluan', 'keperluan_lainnya']);
    await arrowTo(editor, 'keperluan');
    await tabTo(id('/all/0/operator'));
    const operators = [...inputAt<HTMLSelectElement>(editor, `${at}/all/0/operator`).options].map((option) => option.value);
    expect(operators).to.deep.equal(['isEmpty', 'notEmpty', 'equals', 'notEquals', 'oneOf']);
    await arrowTo(editor, 'oneOf');
    // The value is the field's options, the first ticked already; tick the second.
    await tabTo(`${id('/all/0/oneOf')}-1`);
    await press('Space');

    // Part 2, added from the keyboard: announced, the focus on its kind; "Tidak" around a comparison.
    await tabTo(`${id('/all')}-add`);
    await press('Enter');
    await until(() => deepActiveElement()?.id === id('/all/1/kind'), 'the new part’s kind has the focus');
    expect(textOf(find(editor, '[role=status][aria-live=polite]'))).to.include('Syarat 2 ditambahkan');
    await arrowTo(editor, 'not');
    expect(find(editor, `#${id('/all/1/not')} > legend`).textContent).to.equal('Syarat yang tidak boleh benar');
    // The third level is as deep as the contract goes: a comparison only, no kind to pick.
    expect(editor.shadowRoot!.querySelector(`#${id('/all/1/not/kind')}`)).to.equal(null);
    await tabTo(id('/all/1/not/field'));
    await arrowTo(editor, 'alamat');
    await tabTo(id('/all/1/not/operator'));
    await arrowTo(editor, 'isEmpty');
    // "kosong" takes no value.
    expect(editor.shadowRoot!.querySelector(`#${id('/all/1/not/isEmpty')}`)).to.equal(null);
    await expect(editor).to.be.accessible();
    // Three levels deep, it still fits a 320 px screen.
    await expectNoHorizontalScroll(editor);

    button(editor, 'Simpan draf').focus();
    await press('Enter');
    await until(() => textOf(editor).includes('Draf tersimpan dan siap diterbitkan.'), 'a valid draft');
    const saved = (await client.authoring.draft(serviceId)).content.form as Fields;
    expect(saved.steps[1]!.fields[0]!.visibleWhen).to.deep.equal({
      all: [{ field: 'keperluan', oneOf: ['pendidikan', 'kesehatan'] }, { not: { field: 'alamat', isEmpty: true } }],
    });

  });

  it('keeps what it can: a value over arrowed operators, the parts of a group switched between any and all, and a condition it cannot show', async () => {
    const client = await loggedIn(DINSOS_ADMIN);
    const serviceId = await newDraft(client);
    const draft = await client.authoring.draft(serviceId);
    const form = structuredClone(draft.content.form) as Fields;
    const anyOf = { any: [{ field: 'keperluan', equals: 'lainnya' }, { field: 'alamat', notEmpty: true }] };
    // Nested one level deeper than the contract allows: the builder cannot show it.
    const tooDeep = { not: { not: { not: { field: 'alamat', isEmpty: true } } } };
    form.steps[1]!.fields[0]!.visibleWhen = anyOf;
    form.steps[1]!.fields[1]!.visibleWhen = tooDeep;
    await client.authoring.saveDraft(serviceId, { ...draft.content, form } as ServiceDraftContent, { etag: draft.etag });
    const editor = await mountEditor(client, serviceId);
    const first = '/form/steps/1/fields/0/visibleWhen';
    const second = '/form/steps/1/fields/1/visibleWhen';

    // Arrow keys change a closed select at every press: passing over "kosong" on the way back to "sama dengan"
    // keeps the value compared with ("Lainnya" of "Sebutkan keperluan Anda").
    const other = '/form/steps/0/fields/4/visibleWhen';
    inputAt<HTMLSelectElement>(editor, `${other}/operator`).focus();
    await arrowTo(editor, 'isEmpty');
    expect(editor.shadowRoot!.querySelector(`#${inputId(`${other}/equals`)}`)).to.equal(null);
    await arrowTo(editor, 'equals');
    expect(inputAt<HTMLSelectElement>(editor, `${other}/equals`).value).to.equal('lainnya');

    expect(inputAt<HTMLSelectElement>(editor, `${first}/kind`).value).to.equal('any');
    choose(inputAt<HTMLSelectElement>(editor, `${first}/kind`), 'all');
    await editor.updateComplete;
    expect(inputAt<HTMLSelectElement>(editor, `${first}/all/0/field`).value).to.equal('keperluan');
    expect(inputAt<HTMLSelectElement>(editor, `${first}/all/1/field`).value).to.equal('alamat');
    find<HTMLButtonElement>(editor, `#${inputId(`${first}/all`)} button[aria-label="Hapus Syarat 1"]`).click();
    await editor.updateComplete;
    expect(textOf(find(editor, '[role=status][aria-live=polite]'))).to.include('Syarat 1 dihapus');
    expect(deepActiveElement()?.id).to.equal(inputId(`${first}/all`));
    expect(inputAt<HTMLSelectElement>(editor, `${first}/all/0/field`).value).to.equal('alamat');
    // The last part of a group cannot be removed (a group needs one); its kind can change instead.
    expect(find(editor, `#${inputId(`${first}/all`)}`).querySelector('button.danger')).to.equal(null);

    // The part too deep is shown as data, with "Syarat lain" as its kind, and saved untouched.
    expect(inputAt<HTMLSelectElement>(editor, `${second}/not/not/kind`).value).to.equal('unknown');
    expect(textOf(find(editor, `#${inputId(`${second}/not/not`)}`))).to.include('disimpan apa adanya').and.include('"field":"alamat"');
    button(editor, 'Simpan draf').click();
    await until(() => editor.shadowRoot!.querySelector('#summary'), 'the problem summary');
    const saved = (await client.authoring.draft(serviceId)).content.form as Fields;
    expect(saved.steps[1]!.fields[0]!.visibleWhen).to.deep.equal({ all: [{ field: 'alamat', notEmpty: true }] });
    expect(saved.steps[1]!.fields[1]!.visibleWhen).to.deep.equal(tooDeep);
    // The gateway's problem with it shows inside its builder.
    expect(find(editor, `#${inputId(second)}`).querySelector('.error')).not.to.equal(null);

    // Picked as a comparison, it keeps the comparison it held.
    choose(inputAt<HTMLSelectElement>(editor, `${second}/not/not/kind`), 'comparison');
    await editor.updateComplete;
    expect(inputAt<HTMLSelectElement>(editor, `${second}/not/not/field`).value).to.equal('alamat');
    expect(inputAt<HTMLSelectElement>(editor, `${second}/not/not/operator`).value).to.equal('isEmpty');
  });

  it('makes a field required when a condition holds, and shows an unsafe pattern’s refusal at the pattern', async () => {
    const client = await loggedIn(DINSOS_ADMIN);
    const serviceId = await newDraft(client);
    const editor = await mountEditor(client, serviceId);
    // A field always required has no "Wajib diisi bila".
    expect(editor.shadowRoot!.querySelector(`#${inputId('/form/steps/0/fields/0/requiredWhen')}`)).to.equal(null);

    const count = editor.shadowRoot!.querySelectorAll('.steps > li:first-child > section > ol.fields > li').length;
    choose(find<HTMLSelectElement>(editor, `#${inputId('/form/steps/0/fields')}-new-type`), 'text');
    button(editor, 'Tambah pertanyaan').click();
    const at = `/form/steps/0/fields/${count}`;
    await until(() => editor.shadowRoot!.querySelector(`#${inputId(`${at}/label/id`)}`), 'the new question');
    typeInto(inputAt(editor, `${at}/label/id`), 'Kode pos kantor bantuan hukum');
    typeInto(inputAt(editor, `${at}/name`), 'kode_pos');

    // Required only when the purpose is legal aid.
    choose(inputAt<HTMLSelectElement>(editor, `${at}/requiredWhen/kind`), 'comparison');
    await editor.updateComplete;
    choose(inputAt<HTMLSelectElement>(editor, `${at}/requiredWhen/field`), 'keperluan');
    await editor.updateComplete;
    choose(inputAt<HTMLSelectElement>(editor, `${at}/requiredWhen/equals`), 'bantuan_hukum');

    // A pattern with catastrophic backtracking: the gateway's checker refuses it, at the pattern's input.
    typeInto(inputAt(editor, `${at}/pattern`), '(a|a)*[0-9]{5}');
    await editor.updateComplete;
    typeInto(inputAt(editor, `${at}/patternMessage/id`), 'Tulis lima angka kode pos.');
    button(editor, 'Simpan draf').click();
    await until(() => editor.shadowRoot!.querySelector('#summary'), 'the problem summary');
    const pattern = inputAt(editor, `${at}/pattern`);
    expect(pattern.getAttribute('aria-invalid')).to.equal('true');
    expect(pattern.getAttribute('aria-describedby')).to.include(`${inputId(`${at}/pattern`)}-error`);
    expect(find(editor, `#${inputId(`${at}/pattern`)}-error`).textContent).to.match(/pola/i);
    find<HTMLAnchorElement>(editor, `#summary a[href="#${inputId(`${at}/pattern`)}"]`).click();
    expect(deepActiveElement()).to.equal(pattern);

    // Not a regular expression at all: refused at the same input.
    typeInto(pattern, '[0-9');
    await save(editor);
    expect(inputAt(editor, `${at}/pattern`).getAttribute('aria-invalid')).to.equal('true');

    typeInto(inputAt(editor, `${at}/pattern`), '[0-9]{5}');
    await save(editor);
    expect(textOf(editor)).to.include('Draf tersimpan dan siap diterbitkan.');
    expect(inputAt(editor, `${at}/pattern`).hasAttribute('aria-invalid')).to.equal(false);
    const added = ((await client.authoring.draft(serviceId)).content.form as Fields).steps[0]!.fields[count]!;
    expect(added).to.deep.include({
      name: 'kode_pos',
      pattern: '[0-9]{5}',
      patternMessage: { id: 'Tulis lima angka kode pos.' },
      requiredWhen: { field: 'keperluan', equals: 'bantuan_hukum' },
    });
    await expect(editor).to.be.accessible();
  });
});
