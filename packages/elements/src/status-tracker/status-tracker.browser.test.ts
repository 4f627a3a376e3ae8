import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './status-tracker.ts';
import type { PaduStatusTracker } from './status-tracker.ts';
import type { PaduClient } from '../base/client.ts';
import {
  SEEDED,
  deepActiveElement,
  expectNoHorizontalScroll,
  fetchWith,
  find,
  loggedIn,
  newClient,
  offlineFetch,
  press,
  tabTo,
  textOf,
  type,
  until,
} from '../../test/browser/support.ts';

async function tracker(code: string, client: PaduClient = newClient()): Promise<PaduStatusTracker> {
  const element = await fixture<PaduStatusTracker>(html`<padu-status-tracker code=${code} .client=${client}></padu-status-tracker>`);
  await until(() => element.shadowRoot!.querySelector('[part=tracker], [part=problem]'), 'tracker loaded');
  return element;
}

const steps = (element: PaduStatusTracker) => [...element.shadowRoot!.querySelectorAll('.step')];

describe('<padu-status-tracker>', () => {
  it('finds an application from a code typed by keyboard, in any case and without dashes', async () => {
    const element = await fixture<PaduStatusTracker>(html`<padu-status-tracker .client=${newClient()}></padu-status-tracker>`);
    await expect(element).to.be.accessible();
    await tabTo((active) => active?.localName === 'input');
    await type('dkc7kq4m2xp');
    await press('Enter');
    await until(() => element.shadowRoot!.querySelector('[part=tracker]'), 'tracker');
    const text = textOf(element);
    expect(text).to.include('Akta Kelahiran').and.include('DKC-7KQ4-M2XP').and.include('Dinas Kependudukan dan Pencatatan Sipil');
    expect(deepActiveElement()?.getAttribute('part'), 'focus moves to the result').to.equal('summary');
    await expect(element).to.be.accessible();
    await expectNoHorizontalScroll(element);
  });

  it('refuses a malformed code with a message on submit', async () => {
    const element = await fixture<PaduStatusTracker>(html`<padu-status-tracker .client=${newClient()}></padu-status-tracker>`);
    const field = find(element, '#code') as HTMLElement & { value: string; updateComplete: Promise<boolean> };
    field.value = 'ABC-12';
    await field.updateComplete;
    find(element, 'button[type=submit]').click();
    await field.updateComplete;
    expect(textOf(field)).to.include('Kode pelacakan terdiri atas 3 huruf dan 8 huruf atau angka');
    await expect(element).to.be.accessible();
  });

  it('shows the progress steps with the current one marked, a newest-first timeline and the due date', async () => {
    const element = await tracker(SEEDED.verifying);
    const [submitted, verifying, ...rest] = steps(element);
    expect(textOf(submitted!)).to.equal('Diajukan (selesai)');
    expect(submitted!.hasAttribute('aria-current')).to.equal(false);
    expect(verifying!.getAttribute('aria-current')).to.equal('step');
    expect(textOf(verifying!)).to.equal('Sedang Diverifikasi');
    expect(rest.map(textOf)).to.deep.equal(['Sedang Diproses (belum)', 'Menunggu Tanda Tangan (belum)', 'Selesai (belum)']);
    const timeline = [...element.shadowRoot!.querySelectorAll('.timeline li')].map((item) => item.querySelector('strong')!.textContent);
    expect(timeline).to.deep.equal(['Sedang Diverifikasi', 'Diajukan']);
    expect(textOf(find(element, '.timeline time'))).to.match(/^\d{1,2} \w{3} \d{4}, \d{2}\.\d{2} WIB$/);
    expect(textOf(find(element, '[part=due]'))).to.match(
      /^3 \(tiga\) hari kerja — perkiraan selesai (Senin|Selasa|Rabu|Kamis|Jumat), \d{1,2} \w+ \d{4}$/,
    );
    await expect(element).to.be.accessible();
    await expectNoHorizontalScroll(element);
  });

  it('shows no personal data', async () => {
    const element = await tracker(SEEDED.needsRevision);
    const text = textOf(element);
    for (const personal of ['Siti', '3571', 'Dhoho', 'rekening']) expect(text).not.to.include(personal);
  });

  it('shows "Perlu Perbaikan" as an action: log in for the note, and a revise request', async () => {
    const element = await tracker(SEEDED.needsRevision);
    const action = find(element, '[part=action]');
    expect(textOf(action)).to.include('Anda perlu memperbaiki permohonan ini').and.include('Masuk untuk melihat catatan petugas.');
    expect(textOf(find(element, '[part=due]'))).to.include('waktu penyelesaian berhenti');
    const revise = oneEvent(element, 'padu-revise-request');
    find(element, '[part=revise]').click();
    expect((await revise).detail.trackingCode).to.equal(SEEDED.needsRevision);
    await expect(element).to.be.accessible();
  });

  it("shows the officer's note to the logged-in applicant", async () => {
    const element = await tracker(SEEDED.needsRevision, await loggedIn());
    expect(textOf(find(element, '[part=action]'))).to.include('Catatan petugas: Foto surat pengantar RT/RW buram.');
    const revise = oneEvent(element, 'padu-revise-request');
    find(element, '[part=revise]').click();
    expect((await revise).detail.applicationId).to.match(/^[0-9a-f-]{36}$/);
    await expect(element).to.be.accessible();
  });

  it('shows a rejection and, to the applicant, its reason; no progress steps', async () => {
    const anonymous = await tracker(SEEDED.rejected);
    expect(textOf(find(anonymous, '[part=action]'))).to.include('Permohonan ini ditolak').and.include('Masuk untuk melihat');
    expect(steps(anonymous)).to.have.length(0);
    await expect(anonymous).to.be.accessible();
    const own = await tracker(SEEDED.rejected, await loggedIn());
    expect(textOf(find(own, '[part=action]'))).to.include('Alasan: STR yang diunggah sudah tidak berlaku.');
  });

  it('shows only the stages a completed application passed through: a skipped signing is not ticked, and no due date', async () => {
    // The seeded application went from "Sedang Diproses" straight to "Selesai".
    const element = await tracker(SEEDED.completed);
    expect(steps(element).map(textOf)).to.deep.equal([
      'Diajukan (selesai)',
      'Sedang Diverifikasi (selesai)',
      'Sedang Diproses (selesai)',
      'Selesai (selesai)',
    ]);
    expect(textOf(find(element, '[part=steps]'))).not.to.include('Menunggu Tanda Tangan');
    expect(steps(element).at(-1)!.getAttribute('aria-current')).to.equal('step');
    expect(element.shadowRoot!.querySelector('[part=due]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('follows the way an application really took: sent back from signing, then ready for pick-up', async () => {
    const citizen = await loggedIn();
    const application = await citizen.applications.submit({
      serviceId: 'kartu-keluarga',
      answers: { jenis_permohonan: 'baru', alasan: 'Membuat Kartu Keluarga baru setelah menikah.' },
    });
    const officer = await loggedIn('petugas.disdukcapil@demo.padu.id');
    for (const to of ['verifying', 'in_process', 'awaiting_signature', 'in_process'] as const) {
      await officer.officer.transition(application.id, { to });
    }
    const sentBack = await tracker(application.trackingCode);
    expect(steps(sentBack).map(textOf)).to.deep.equal([
      'Diajukan (selesai)',
      'Sedang Diverifikasi (selesai)',
      'Sedang Diproses',
      'Menunggu Tanda Tangan (belum)',
      'Selesai (belum)',
    ]);
    expect(steps(sentBack)[2]!.getAttribute('aria-current')).to.equal('step');

    await officer.officer.transition(application.id, { to: 'ready_for_pickup' });
    await until(() => textOf(find(sentBack, '[part=status]')) === 'Siap Diambil', 'the new status', 15000);
    expect(steps(sentBack).map(textOf)).to.deep.equal([
      'Diajukan (selesai)',
      'Sedang Diverifikasi (selesai)',
      'Sedang Diproses (selesai)',
      'Siap Diambil',
      'Selesai (belum)',
    ]);
    expect(steps(sentBack)[3]!.getAttribute('aria-current')).to.equal('step');
    await expect(sentBack).to.be.accessible();
  });

  it("tracks the logged-in applicant's application by id, and asks to log in otherwise", async () => {
    const client = await loggedIn();
    const [first] = (await client.applications.list().firstPage()).data;
    const element = await fixture<PaduStatusTracker>(
      html`<padu-status-tracker application-id=${first!.id} .client=${client}></padu-status-tracker>`,
    );
    await until(() => element.shadowRoot!.querySelector('[part=tracker]'), 'tracker');
    expect(textOf(element)).to.include(first!.trackingCode);
    expect(element.shadowRoot!.querySelector('form'), 'no code form').to.equal(null);
    await client.auth.logout();
    await until(() => textOf(element).includes('Masuk untuk melihat status permohonan ini.'), 'login required');
    expect(textOf(element)).not.to.include(first!.trackingCode);
    await expect(element).to.be.accessible();
  });

  it('says so when the code is unknown (404)', async () => {
    const element = await tracker('ZZZ-2222-3333');
    const problem = find(element, '[part=problem]');
    expect(problem.getAttribute('role')).to.equal('alert');
    expect(textOf(problem)).to.include('Permohonan dengan kode ZZZ-2222-3333 tidak ditemukan.');
    await expect(element).to.be.accessible();
  });

  it('offers to try again when the network is down', async () => {
    let online = false;
    const client = newClient({ fetch: (input, init) => (online ? fetch(input, init) : offlineFetch(input, init)), retry: { limit: 0 } });
    const element = await tracker(SEEDED.verifying, client);
    expect(textOf(find(element, '[part=problem]'))).to.include('Tidak dapat terhubung ke server');
    await expect(element).to.be.accessible();
    online = true;
    find(element, '[part=problem] button').click();
    await until(() => element.shadowRoot!.querySelector('[part=tracker]'), 'tracker after retry');
  });

  it('says it is reconnecting while the device is offline, and reloads when back', async () => {
    const element = await tracker(SEEDED.verifying);
    Object.defineProperty(navigator, 'onLine', { value: false, configurable: true });
    dispatchEvent(new Event('offline'));
    await element.updateComplete;
    expect(textOf(find(element, '[part=connection]'))).to.equal('Koneksi terputus. Mencoba menyambung kembali…');
    await expect(element).to.be.accessible();
    delete (navigator as { onLine?: boolean }).onLine; // back to the real (online) value
    dispatchEvent(new Event('online'));
    await element.updateComplete;
    expect(textOf(find(element, '[part=connection]'))).to.equal('');
    await until(() => element.shadowRoot!.querySelector('[part=tracker]'), 'tracker again');
  });

  it('updates live when an officer moves the application on, announcing it once', async () => {
    const citizen = await loggedIn();
    const application = await citizen.applications.submit({
      serviceId: 'kartu-keluarga',
      answers: { jenis_permohonan: 'baru', alasan: 'Membuat Kartu Keluarga baru setelah menikah.' },
    });
    const element = await tracker(application.trackingCode);
    expect(textOf(find(element, '[part=status]'))).to.equal('Diajukan');
    const changes: string[] = [];
    element.addEventListener('padu-status-change', (event) => changes.push(`${event.detail.previousStatus}→${event.detail.status}`));

    const officer = await loggedIn('petugas.disdukcapil@demo.padu.id');
    await officer.officer.transition(application.id, { to: 'verifying' });

    await until(() => textOf(find(element, '[part=status]')) === 'Sedang Diverifikasi', 'the new status', 15000);
    const live = element.shadowRoot!.querySelector('.visually-hidden[role=status]')!;
    expect(textOf(live)).to.equal(`Status permohonan ${application.trackingCode} berubah menjadi Sedang Diverifikasi.`);
    expect(changes).to.deep.equal(['submitted→verifying']);
    expect(steps(element)[1]!.getAttribute('aria-current')).to.equal('step');
    // Nothing more happens: the change is announced once.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(changes).to.have.length(1);
    await expect(element).to.be.accessible();
  });

  it('renders hostile service names and notes as inert text', async () => {
    const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>';
    const tracking = {
      trackingCode: 'XSS-2222-3333',
      serviceId: 'akta-kelahiran',
      serviceName: { id: hostile, en: hostile },
      agencyId: 'disdukcapil',
      agencyName: { id: `<b onmouseover="window.pwned=1">OPD</b>` },
      status: 'rejected',
      history: [
        { sequence: 1, status: 'submitted', at: '2026-11-27T02:00:00Z', actorRole: 'citizen' },
        { sequence: 2, status: 'rejected', at: '2026-11-30T02:15:00Z', actorRole: 'officer' },
      ],
      submittedAt: '2026-11-27T02:00:00Z',
      updatedAt: '2026-11-30T02:15:00Z',
      due: { timeFrame: { value: 3, unit: 'working_days' }, dueAt: null, paused: false, reason: null },
    };
    const element = await tracker('XSS-2222-3333', newClient({ fetch: fetchWith(/\/tracking\/XSS-2222-3333$/, tracking) }));
    const root = element.shadowRoot!;
    expect(root.querySelectorAll('img, script, b')).to.have.length(0);
    expect(textOf(element)).to.include('<img src=x onerror="window.pwned=1">');
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });

  it("renders a hostile officer's note as inert text", async () => {
    const client = await loggedIn();
    const [application] = (await client.applications.list().firstPage()).data;
    const hostile = '<script>window.pwned=1</script><img src=x onerror="window.pwned=1"><a href="javascript:window.pwned=1">x</a>';
    const poisoned = {
      ...application!,
      status: 'needs_revision',
      history: [
        ...application!.history,
        { sequence: 999999, status: 'needs_revision', at: '2026-11-30T02:15:00Z', actor: { role: 'officer', agencyId: null }, note: hostile },
      ],
    };
    const evil = newClient({ fetch: fetchWith(new RegExp(`/applications/${application!.id}$`), poisoned) });
    evil.session.set(client.session.current);
    const element = await fixture<PaduStatusTracker>(
      html`<padu-status-tracker application-id=${application!.id} .client=${evil}></padu-status-tracker>`,
    );
    await until(() => element.shadowRoot!.querySelector('[part=action]'), 'the action box');
    expect(element.shadowRoot!.querySelectorAll('script, img, a')).to.have.length(0);
    expect(textOf(find(element, '[part=action]'))).to.include('<script>window.pwned=1</script>');
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('switches language with lang', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><padu-status-tracker code=${SEEDED.verifying} .client=${newClient()}></padu-status-tracker></div>`,
    );
    const element = wrapper.firstElementChild as PaduStatusTracker;
    await until(() => element.shadowRoot!.querySelector('[part=tracker]'), 'tracker');
    // English is a chunk of its own: Indonesian until it has loaded, then English.
    await element.updateComplete;
    expect(textOf(element)).to.include('Birth certificate').and.include('Being verified').and.include('working days — expected by');
    await expect(element).to.be.accessible();
    wrapper.lang = 'id';
    await until(() => textOf(element).includes('Sedang Diverifikasi'), 'Indonesian');
    expect(textOf(element)).to.include('Akta Kelahiran').and.include('perkiraan selesai');
  });
});
