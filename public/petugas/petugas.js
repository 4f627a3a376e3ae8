// The officer console of the demo: log in as an OPD officer (with <padu-login>), see the OPD's queue, and move
// applications through the shared state machine with a note. Plain ES module on the CDN bundle's page API: the
// SDK client (`createPadu`) and the contract's rules (`allowedTransitions`, `statusLabels`), so the buttons offer
// exactly what the gateway accepts. Everything from the API is put on the page as text (no innerHTML).
import { allowedTransitions, applicationStatuses, createPadu, isFinal, statusLabels } from '/cdn/padu-api.js';
import { el, when } from '/assets/dom.js';

const apiRoot = document.querySelector('meta[name="padu-api"]')?.content || '/api/v1';
// The tab keeps the officer's session across reloads; never localStorage.
const padu = createPadu({ baseUrl: apiRoot, storage: 'session' });

const $ = (selector) => document.querySelector(selector);
const login = $('padu-login');
const notOfficer = $('#bukan-petugas');
const queueSection = $('#antrean');
const list = $('#daftar');
const count = $('#jumlah');
const news = $('#kabar');
const filter = $('#saring');
const statusSelect = $('#status');

login.client = padu;

const label = (status) => statusLabels.id[status] ?? status;
const localized = (text) => (text ? (text.id ?? '') : '');

for (const status of applicationStatuses) statusSelect.append(el('option', { value: status, text: label(status) }));

let agencies = new Map();
async function loadAgencies() {
  if (agencies.size) return;
  for await (const agency of padu.agencies.list({ limit: 100 })) agencies.set(agency.id, agency);
}

/** The published services of the queue by id (null when it cannot be read, e.g. retired), for their questions. */
const services = new Map();
function loadService(serviceId) {
  if (!services.has(serviceId)) services.set(serviceId, padu.services.get(serviceId).catch(() => null));
  return services.get(serviceId);
}

/** The officer's OPD queue, drawn again. `focusId`: the application to put the focus on afterwards. */
async function showQueue(focusId) {
  const user = padu.session.current?.user;
  if (!user || user.role !== 'officer') return;
  count.textContent = 'Memuat antrean…';
  try {
    await loadAgencies().catch(() => {});
    $('#nama-opd').textContent = agencies.get(user.agencyId)?.shortName ?? user.agencyId ?? '';
    const status = statusSelect.value || undefined;
    const applications = [];
    for await (const application of padu.officer.queue({ status, limit: 50 })) applications.push(application);
    const definitions = new Map(await Promise.all([...new Set(applications.map((a) => a.serviceId))].map(async (id) => [id, await loadService(id)])));
    list.replaceChildren(...applications.map((application) => renderApplication(application, definitions.get(application.serviceId))));
    count.textContent = applications.length ? `${applications.length} permohonan.` : 'Tidak ada permohonan dalam antrean.';
    if (focusId) document.getElementById(`judul-${focusId}`)?.focus();
  } catch (error) {
    count.textContent = `Antrean tidak dapat dimuat: ${error.message}`;
  }
}

function renderApplication(application, service) {
  const id = application.id;
  const name = localized(application.serviceName) || application.serviceId;
  const applicant = application.applicant;
  const lastNote = [...application.history].reverse().find((change) => change.note);
  const item = el(
    'li',
    { class: 'application', 'data-code': application.trackingCode },
    el('h3', { id: `judul-${id}`, tabindex: '-1', text: `${name} — ${application.trackingCode}` }),
    el(
      'dl',
      { class: 'facts' },
      el('dt', { text: 'Status' }),
      el('dd', {}, el('span', { class: 'chip', 'data-status': application.status, text: label(application.status) })),
      el('dt', { text: 'Pemohon' }),
      el('dd', {
        text: applicant
          ? `${applicant.name}${applicant.nikMasked ? ` (NIK ${applicant.nikMasked})` : ''}${applicant.verified ? ', terverifikasi' : ', belum terverifikasi'}`
          : '—',
      }),
      el('dt', { text: 'Diajukan' }),
      el('dd', { text: when(application.submittedAt) }),
      el('dt', { text: 'Perkiraan selesai' }),
      el('dd', { text: application.due.paused ? 'Menunggu perbaikan pemohon' : when(application.due.dueAt) }),
    ),
    lastNote ? el('p', { class: 'note' }, el('strong', { text: 'Catatan terakhir: ' }), lastNote.note) : null,
    renderAnswers(application, service),
    isFinal(application.status) ? null : renderTransitionForm(application),
  );
  return item;
}

/**
 * The answers as questions and answers: with the form's labels and option texts when the service's published
 * version is the one the application was made with (else the field names), and a repeating group as its items, each
 * with its own answers.
 */
function renderAnswers(application, service) {
  const attachments = new Map(application.attachments.map((upload) => [upload.id, upload]));
  const fields = new Map();
  if (service && service.version === application.serviceVersion) {
    for (const step of service.form.steps) for (const field of step.fields) fields.set(field.name, field);
  }
  const labelOf = (field, name) => localized(field?.label) || name.replaceAll('_', ' ');
  const shown = (field, value) => {
    const one = (item) => {
      const upload = typeof item === 'string' ? attachments.get(item) : undefined;
      if (upload) return `${upload.fileName} (${Math.max(1, Math.round(upload.bytes / 1024))} KB)`;
      if (typeof item === 'boolean') return item ? 'Ya' : 'Tidak';
      return localized(field?.options?.find((option) => option.value === item)?.label) || String(item);
    };
    return Array.isArray(value) ? value.map(one).join(', ') : one(value);
  };
  const rows = (answers, definitions) =>
    Object.entries(answers).flatMap(([name, value]) => {
      const field = definitions.get(name);
      const items = Array.isArray(value) && value.length > 0 && value.every((item) => item && typeof item === 'object' && !Array.isArray(item));
      if (!items) return [el('dt', { text: labelOf(field, name) }), el('dd', { text: shown(field, value) })];
      const members = new Map((field?.fields ?? []).map((member) => [member.name, member]));
      const itemName = localized(field?.itemLabel) || labelOf(field, name);
      return [
        el('dt', { text: labelOf(field, name) }),
        el(
          'dd',
          {},
          el('ol', { class: 'items' }, ...value.map((item, index) => el('li', {}, el('p', { class: 'item-name', text: `${itemName} ${index + 1}` }), el('dl', { class: 'facts' }, ...rows(item, members))))),
        ),
      ];
    });
  return el('details', {}, el('summary', { text: 'Jawaban dan dokumen' }), el('dl', { class: 'facts' }, ...rows(application.answers, fields)));
}

function renderTransitionForm(application) {
  const id = application.id;
  const options = allowedTransitions(application.status, 'officer');
  const noteId = `catatan-${id}`;
  const hintId = `petunjuk-${id}`;
  const errorId = `galat-${id}`;
  const error = el('p', { id: errorId, class: 'error', role: 'alert' });
  const note = el('textarea', { id: noteId, name: 'note', 'aria-describedby': hintId, maxlength: '2000' });
  const form = el(
    'form',
    { class: 'transition', novalidate: true },
    el(
      'fieldset',
      {},
      el('legend', { text: 'Ubah status menjadi' }),
      ...options.map((transition, index) =>
        el(
          'label',
          { class: 'choice' },
          el('input', { type: 'radio', name: 'to', value: transition.to, 'data-note': transition.note, checked: index === 0 }),
          `${label(transition.to)}${transition.note === 'required' ? ' (wajib dengan catatan)' : ''}`,
        ),
      ),
    ),
    el('label', { class: 'field-label', for: noteId, text: 'Catatan untuk pemohon' }),
    el('p', { id: hintId, class: 'hint', text: 'Wajib untuk Perlu Perbaikan, Ditolak dan Dibatalkan: tulis apa yang harus diperbaiki atau alasannya.' }),
    note,
    error,
    el('button', { type: 'submit', class: 'button', text: 'Simpan perubahan status' }),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = form.querySelector('input[name="to"]:checked');
    error.textContent = '';
    note.removeAttribute('aria-invalid');
    if (!chosen) return;
    const text = note.value.trim();
    if (chosen.dataset.note === 'required' && !text) {
      error.textContent = `Tulis catatan untuk pemohon: status ${label(chosen.value)} wajib disertai catatan.`;
      note.setAttribute('aria-invalid', 'true');
      note.setAttribute('aria-describedby', `${hintId} ${errorId}`);
      note.focus();
      return;
    }
    const button = form.querySelector('button');
    button.setAttribute('aria-disabled', 'true');
    try {
      const updated = await padu.officer.transition(id, { to: chosen.value, ...(text ? { note: text } : {}) });
      news.textContent = `Status ${updated.trackingCode} sekarang ${label(updated.status)}.`;
      await showQueue(id);
    } catch (problem) {
      error.textContent = `Status tidak dapat diubah: ${problem.message}`;
      button.removeAttribute('aria-disabled');
    }
  });
  return form;
}

function onSession() {
  const user = padu.session.current?.user;
  const officer = user?.role === 'officer';
  notOfficer.hidden = !user || officer;
  queueSection.hidden = !officer;
  if (officer) void showQueue();
  else list.replaceChildren();
}

filter.addEventListener('submit', (event) => {
  event.preventDefault();
  void showQueue();
});
padu.session.subscribe(onSession);
onSession();
