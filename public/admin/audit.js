// The OPD's audit log on the admin's page (`padu.authoring.audit`): who created, changed, published or retired
// which service, who verified an applicant on what evidence, who invited, disabled or enabled which account, and
// when; newest first, a page at a time. The log names accounts by id only; the page puts the names of the OPD's
// staff on them where it knows them (else the role), and the services' names on their ids.
import { el, timeOf } from '/assets/dom.js';

const PAGE = 20;

const roleLabels = { officer: 'petugas', opd_admin: 'admin OPD', admin: 'admin SPBE kota', citizen: 'warga' };
const evidenceLabels = { ktp_el: 'e-KTP', kartu_keluarga: 'Kartu Keluarga', dukcapil_data: 'data Dukcapil' };

/** What each action did, as a sentence after who did it. */
const actions = {
  'service.created': (entry, service) => `membuat layanan ${service}`,
  'draft.opened': (entry, service) => `membuka draf ${service}${entry.version ? ` dari versi ${entry.version}` : ''}`,
  'draft.saved': (entry, service) => `menyimpan draf ${service}`,
  'service.published': (entry, service) => `menerbitkan ${service} versi ${entry.version}`,
  'service.retired': (entry, service) => `menghentikan layanan ${service}`,
  'applicant.verified': (entry) => `memverifikasi identitas pemohon${entry.evidence ? ` dengan ${evidenceLabels[entry.evidence] ?? entry.evidence}` : ''}`,
  'officer.invited': (entry, service, subject) => `mengundang ${subject}`,
  'officer.disabled': (entry, service, subject) => `menonaktifkan ${subject}`,
  'officer.enabled': (entry, service, subject) => `mengaktifkan kembali ${subject}`,
  'invitation.accepted': () => 'menerima undangan dan mengaktifkan akunnya',
};

/**
 * `padu`: the page's client; `agencyId()`: the OPD shown; `userName(id)` and `serviceName(id)`: the names the page
 * knows.
 */
export function auditPanel({ padu, agencyId, userName, serviceName }) {
  const $ = (selector) => document.querySelector(selector);
  const section = $('#audit');
  const list = $('#daftar-audit');
  const count = $('#audit-jumlah');
  const more = $('#audit-lagi');
  let cursor = null;
  let shown = 0;
  /** Drawing again forgets a page still on its way. */
  let generation = 0;

  const who = (author) => {
    const name = author.userId === padu.session.current?.user?.id ? padu.session.current.user.name : userName(author.userId);
    const role = roleLabels[author.role] ?? author.role;
    return name ? `${name} (${role})` : role.charAt(0).toUpperCase() + role.slice(1);
  };

  function renderEntry(entry) {
    const service = entry.serviceId ? `“${serviceName(entry.serviceId) ?? entry.serviceId}”` : '';
    const subject = entry.subjectUserId ? (userName(entry.subjectUserId) ?? 'sebuah akun staf') : '';
    const said = actions[entry.action]?.(entry, service, subject) ?? entry.action;
    return el(
      'li',
      { 'data-action': entry.action },
      el('p', { class: 'audit-when' }, timeOf(entry.at)),
      el('p', {}, el('strong', { text: who(entry.actor) }), ` ${said}.`),
      entry.note ? el('p', { class: 'note', text: `Catatan: ${entry.note}` }) : null,
    );
  }

  async function load(append) {
    const mine = ++generation;
    const page = await padu.authoring.audit({ agencyId: agencyId(), limit: PAGE, ...(append && cursor ? { cursor } : {}) }).firstPage();
    if (mine !== generation) return;
    const items = page.data.map(renderEntry);
    if (append) list.append(...items);
    else list.replaceChildren(...items);
    cursor = page.nextCursor;
    shown = (append ? shown : 0) + page.data.length;
    more.hidden = !cursor;
    count.textContent = shown ? `${shown} entri terbaru ditampilkan.` : 'Belum ada entri.';
    return items[0];
  }

  async function show() {
    section.hidden = false;
    count.textContent = 'Memuat log audit…';
    try {
      await load(false);
    } catch (problem) {
      count.textContent = `Log audit tidak dapat dimuat: ${problem.message}`;
    }
  }

  more.addEventListener('click', async () => {
    try {
      const first = await load(true);
      // The first entry just shown takes the focus, so reading goes on from there.
      if (first) {
        first.tabIndex = -1;
        first.focus();
      }
    } catch (problem) {
      count.textContent = `Entri lebih lama tidak dapat dimuat: ${problem.message}`;
    }
  });

  return {
    show,
    hide() {
      generation++;
      section.hidden = true;
      list.replaceChildren();
      cursor = null;
    },
  };
}
