import { expect, html, oneEvent } from '@open-wc/testing';
import type { Service } from '@padu/sdk';
import './service-form.ts';
import type { PaduServiceForm } from './service-form.ts';
import type { PaduClient } from '../base/client.ts';
import type { PaduFileInput } from '../file-input/file-input.ts';
import { PASSWORD, SITI, find, loggedIn, newClient, shadow, textOf, until } from '../../test/browser/support.ts';
import { NIK, answerPage, control, inner, mountForm, pageTitle, pdf, press, start, submit, summaryItems } from '../../test/browser/service-form.ts';

type Client = Awaited<ReturnType<typeof loggedIn>>;

/** A fetch that passes everything to the gateway and lets a test see and bend `POST …/applications`. */
function watchedFetch(onSubmit: (send: () => Promise<Response>) => Promise<Response>) {
  const calls: string[] = [];
  const fetcher: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    calls.push(`${request.method} ${new URL(request.url).pathname}`);
    if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/applications')) return onSubmit(() => fetch(request));
    return fetch(request);
  };
  return { fetcher, submits: () => calls.filter((call) => call.endsWith('/applications') && call.startsWith('POST')).length };
}

async function clientWith(fetcher: typeof fetch): Promise<Client> {
  const client = newClient({ fetch: fetcher, retry: { limit: 0 } });
  await client.auth.login({ identifier: SITI.email, password: PASSWORD });
  return client;
}

/** Siti's applications for surat-domisili whose `keperluan` is `marker`. */
async function applicationsWith(marker: string): Promise<string[]> {
  const client = await loggedIn();
  const codes: string[] = [];
  for await (const application of client.applications.list({ limit: 100 })) {
    if (application.answers.keperluan === marker) codes.push(application.trackingCode);
  }
  return codes;
}

/** Fills surat-domisili up to the check-answers page, with a unique `keperluan`. */
async function fillDomisili(form: PaduServiceForm, marker: string): Promise<void> {
  await start(form);
  await answerPage(form, { nik: NIK.siti });
  await answerPage(form, { alamat: 'Jl. Dhoho 12', kelurahan: 'bandar-lor', keperluan: marker, pengantar_rt_rw: pdf() });
  expect(pageTitle(form)).to.equal('Periksa jawaban Anda');
}

const unique = (what: string) => `${what} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const draftKeys = (storage: Storage) => Object.keys(storage).filter((key) => key.startsWith('padu.draft.'));

describe('<padu-service-form>: one application per draft', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('a double click on "Ajukan permohonan" sends one request and makes one application', async () => {
    const marker = unique('Dobel klik');
    const watch = watchedFetch((send) => send());
    const form = await mountForm(html`<padu-service-form service="surat-domisili" .client=${await clientWith(watch.fetcher)}></padu-service-form>`);
    await fillDomisili(form, marker);
    const button = find(form, '[part=submit]');
    button.click();
    button.click();
    await form.updateComplete;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(textOf(button)).to.equal('Mengirim…');
    await until(() => shadow(form).querySelector('[part=panel]'), 'the confirmation', 15000);
    expect(watch.submits()).to.equal(1);
    expect(await applicationsWith(marker)).to.deep.equal([textOf(find(form, '[part=tracking-code]'))]);
  });

  it('a reload during the submit, then submitting again from the saved draft, makes one application', async () => {
    const marker = unique('Muat ulang');
    let created: { trackingCode: string } | undefined;
    // The request reaches the gateway, but the page goes away before the answer arrives.
    const watch = watchedFetch(async (send) => {
      created = await (await send()).json();
      return new Promise<Response>(() => {});
    });
    const first = await mountForm(html`<padu-service-form service="surat-domisili" .client=${await clientWith(watch.fetcher)}></padu-service-form>`);
    await fillDomisili(first, marker);
    await press(first, '[part=submit]');
    await until(() => created, 'the gateway to create the application', 15000);
    const parent = first.parentElement!;
    first.remove(); // the reload

    const second = await mountForm(html`<padu-service-form service="surat-domisili" .client=${await loggedIn()}></padu-service-form>`);
    expect(pageTitle(second), 'resumes on the check-answers page').to.equal('Periksa jawaban Anda');
    await submit(second);
    expect(textOf(find(second, '[part=tracking-code]'))).to.equal(created!.trackingCode);
    expect(await applicationsWith(marker)).to.deep.equal([created!.trackingCode]);
    void parent;
  });

  it('offers a retry after a network failure, keeping every answer, and the retry makes one application', async () => {
    const marker = unique('Jaringan');
    let failures = 1;
    const watch = watchedFetch((send) => (failures-- > 0 ? Promise.reject(new TypeError('Failed to fetch')) : send()));
    const form = await mountForm(html`<padu-service-form service="surat-domisili" .client=${await clientWith(watch.fetcher)}></padu-service-form>`);
    await fillDomisili(form, marker);
    await submit(form);
    const problem = find(form, '#problem');
    expect(textOf(problem)).to.include('Tidak dapat terhubung ke server');
    await until(() => shadow(form).activeElement === problem, 'focus on the problem');
    expect(pageTitle(form)).to.equal('Periksa jawaban Anda');
    expect(textOf(form)).to.include(marker);
    problem.querySelector('button')!.click();
    await until(() => shadow(form).querySelector('[part=panel]'), 'the confirmation after the retry', 15000);
    expect(watch.submits()).to.equal(2);
    expect(await applicationsWith(marker)).to.have.length(1);
  });

  it('maps a 422 from the gateway onto the right step and field', async () => {
    document.title = 'Surat domisili';
    const client = await loggedIn();
    const service = await client.services.get('surat-domisili');
    // This copy of the definition is looser than the gateway's (which allows 200 characters).
    const looser: Service = structuredClone(service);
    const keperluan = looser.form.steps[1]!.fields.find((field) => field.name === 'keperluan')!;
    delete keperluan.maxLength;
    const form = await mountForm(html`<padu-service-form .serviceData=${looser} .client=${client}></padu-service-form>`);
    await fillDomisili(form, 'x'.repeat(201));
    await submit(form);
    expect(form.step, 'the page of the field').to.equal(1);
    expect(summaryItems(form)).to.deep.equal(['Keperluan paling banyak 200 karakter.']);
    expect(textOf(find(control(form, 'keperluan'), '[part=error]'))).to.equal('Kesalahan: Keperluan paling banyak 200 karakter.');
    expect(document.title).to.equal('Kesalahan: Surat domisili');
    await answerPage(form, { keperluan: unique('Sesudah 422') });
    expect(pageTitle(form), 'back to the summary').to.equal('Periksa jawaban Anda');
    expect(document.title).to.equal('Surat domisili');
    await submit(form);
    expect(textOf(find(form, '[part=tracking-code]'))).to.match(/^KBL-/);
  });

  it('fires a cancelable padu-submit before, and padu-submitted after', async () => {
    const watch = watchedFetch((send) => send());
    const form = await mountForm(html`<padu-service-form service="surat-domisili" .client=${await clientWith(watch.fetcher)}></padu-service-form>`);
    await fillDomisili(form, unique('Acara'));
    const cancel = (event: Event) => event.preventDefault();
    form.addEventListener('padu-submit', cancel, { once: true });
    await press(form, '[part=submit]');
    expect(watch.submits()).to.equal(0);
    const before = oneEvent(form, 'padu-submit');
    const after = oneEvent(form, 'padu-submitted');
    await press(form, '[part=submit]');
    expect((await before).detail).to.deep.equal({ serviceId: 'surat-domisili', applicationId: null });
    expect((await after).detail.trackingCode).to.match(/^KBL-/);
  });
});

describe('<padu-service-form>: drafts', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('survives a reload on the same page, keeps uploads as ids with name and size, and is cleared on submit', async () => {
    const client = await loggedIn();
    const first = await mountForm(html`<padu-service-form service="surat-domisili" .client=${client}></padu-service-form>`);
    await start(first);
    await answerPage(first, { nik: NIK.siti, telepon: '0812 3456 7890' });
    await answerPage(first, { keperluan: 'Setengah jalan', pengantar_rt_rw: pdf('rt-rw.pdf') }, '[part=back]');
    await answerPage(first, {}, '[part=continue]');
    expect(first.step).to.equal(1);
    const uploadId = first.answers.pengantar_rt_rw as string;
    const [key] = draftKeys(sessionStorage);
    expect(key).to.match(/^padu\.draft\.[0-9a-f-]+\.surat-domisili$/);
    const stored = sessionStorage.getItem(key!)!;
    expect(JSON.parse(stored).files).to.deep.equal({ pengantar_rt_rw: { name: 'rt-rw.pdf', size: pdf().size } });
    expect(stored, 'never the file itself').not.to.include('%PDF');
    first.remove();

    const second = await mountForm(html`<padu-service-form service="surat-domisili" .client=${client}></padu-service-form>`);
    expect(second.step).to.equal(1);
    expect(inner(control(second, 'keperluan')).value).to.equal('Setengah jalan');
    expect(control<PaduFileInput>(second, 'pengantar_rt_rw').value).to.equal(uploadId);
    expect(textOf(control(second, 'pengantar_rt_rw'))).to.include('rt-rw.pdf');
    expect(second.answers).to.include({ nik: NIK.siti, telepon: '+6281234567890' });
    await answerPage(second, { alamat: 'Jl. Dhoho 12', kelurahan: 'bandar-kidul', keperluan: unique('Draf') });
    await submit(second);
    expect(draftKeys(sessionStorage)).to.deep.equal([]);
  });

  it('is removed, with every draft of that citizen, on logout', async () => {
    const client = await loggedIn();
    const form = await mountForm(html`<padu-service-form service="sktm" draft-storage="local" .client=${client}></padu-service-form>`);
    await start(form);
    await answerPage(form, { nik: NIK.siti, alamat: 'Jl. Joyoboyo 5' });
    expect(draftKeys(localStorage)).to.have.length(1);
    expect(draftKeys(sessionStorage)).to.have.length(0);
    await client.auth.logout();
    await form.updateComplete;
    expect(draftKeys(localStorage)).to.deep.equal([]);
    expect(shadow(form).querySelector('[part=start]'), 'back to the start').not.to.equal(null);
    expect(form.answers).to.deep.equal({});
  });

  it('starts afresh, with its own draft and key, when the host switches to another service', async () => {
    const client = await loggedIn();
    const form = await mountForm(html`<padu-service-form service="sktm" .client=${client}></padu-service-form>`);
    await start(form);
    await answerPage(form, { nik: NIK.siti, alamat: 'Jl. Joyoboyo 5' });
    form.service = 'surat-domisili';
    await until(() => pageTitle(form) === 'Surat Keterangan Domisili', 'the other service');
    expect(form.answers).to.deep.equal({});
    await start(form);
    expect(inner(control(form, 'nik')).value).to.equal('');
    const keys = draftKeys(sessionStorage).map((key) => key.split('.').pop());
    expect(keys.sort()).to.deep.equal(['sktm', 'surat-domisili']);
    const drafts = keys.length === 2 ? draftKeys(sessionStorage).map((key) => JSON.parse(sessionStorage.getItem(key)!).idempotencyKey) : [];
    expect(new Set(drafts).size, 'one key per draft').to.equal(2);
  });

  it('keeps nothing in storage with draft-storage="none"', async () => {
    const client = await loggedIn();
    const form = await mountForm(html`<padu-service-form service="sktm" draft-storage="none" .client=${client}></padu-service-form>`);
    await start(form);
    await answerPage(form, { nik: NIK.siti });
    expect([...draftKeys(sessionStorage), ...draftKeys(localStorage)]).to.deep.equal([]);
  });

  it('logs in inline when nobody is, and continues on the page of the draft', async () => {
    const siti = await loggedIn();
    const first = await mountForm(html`<padu-service-form service="surat-domisili" .client=${siti}></padu-service-form>`);
    await start(first);
    await answerPage(first, { nik: NIK.siti });
    first.remove();

    // A reload with the session in memory only: the citizen logs in again.
    const client: PaduClient = newClient();
    const form = await mountForm(html`<padu-service-form service="surat-domisili" .client=${client}></padu-service-form>`);
    await press(form, '[part=start]');
    expect(pageTitle(form)).to.equal('Masuk untuk melanjutkan');
    await expect(form).to.be.accessible();
    await client.auth.login({ identifier: SITI.email, password: PASSWORD });
    await until(() => form.step === 1 && shadow(form).querySelector('[part=step-count]'), 'the saved page');
    expect(textOf(find(form, '[part=step-count]'))).to.equal('Langkah 2 dari 2');
    expect(form.answers.nik).to.equal(NIK.siti);
  });
});
