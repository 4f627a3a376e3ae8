// The OPD admin's page of the demo: log in as an OPD admin or as the city's admin (with <padu-login>); the city's
// admin chooses the OPD to manage. Then the OPD's services (`padu.authoring.services`), one of them (or a new one)
// open in <padu-service-editor>, the OPD's staff (officers.js) and its audit log (audit.js). Plain ES modules on
// the CDN bundle's page API (`createPadu`), as the officer console; everything from the API is put on the page as
// text.
import { createPadu } from '/cdn/padu-api.js';
import { el } from '/assets/dom.js';
import { officerPanel } from './officers.js';
import { auditPanel } from './audit.js';

const apiRoot = document.querySelector('meta[name="padu-api"]')?.content || '/api/v1';
// The tab keeps the admin's session across reloads; never localStorage.
const padu = createPadu({ baseUrl: apiRoot, storage: 'session' });

const $ = (selector) => document.querySelector(selector);
const login = $('padu-login');
const notAdmin = $('#bukan-admin');
const agencySection = $('#opd');
const ownAgency = $('#opd-sendiri');
const agencyChooser = $('#pilih-opd');
const agencySelect = $('#opd-pilihan');
const listSection = $('#layanan');
const list = $('#daftar');
const count = $('#jumlah');
const editorSection = $('#penyusun');
const editor = $('padu-service-editor');
const editorHeading = $('#penyusun-judul');

login.client = padu;
editor.client = padu;

const states = { unpublished: 'belum terbit', published: 'terbit', retired: 'dihentikan' };
const isAdmin = (user) => user?.role === 'opd_admin' || user?.role === 'admin';
const isCityAdmin = () => padu.session.current?.user?.role === 'admin';

/** The OPD the page manages: the OPD admin's own, or the one the city's admin chose. */
const agencyId = () => (isCityAdmin() ? agencySelect.value : padu.session.current?.user?.agencyId) || undefined;

/** Service names by id, for the audit log. */
const serviceNames = new Map();

const officers = officerPanel({ padu, agencyId, isCityAdmin, changed: () => void audit.show() });
const audit = auditPanel({ padu, agencyId, userName: (id) => officers.nameOf(id), serviceName: (id) => serviceNames.get(id) });

let agencies = [];
async function loadAgencies() {
  if (agencies.length) return;
  for await (const agency of padu.agencies.list({ limit: 100 })) agencies.push(agency);
}

async function showAgency() {
  const user = padu.session.current?.user;
  agencySection.hidden = false;
  await loadAgencies().catch(() => {});
  const nameOf = (id) => agencies.find((agency) => agency.id === id)?.name.id ?? id;
  if (user.role === 'admin') {
    ownAgency.hidden = true;
    agencyChooser.hidden = false;
    if (!agencySelect.options.length) {
      agencySelect.replaceChildren(...agencies.map((agency) => el('option', { value: agency.id, text: agency.name.id })));
    }
  } else {
    agencyChooser.hidden = true;
    ownAgency.hidden = false;
    ownAgency.textContent = `Anda mengelola ${nameOf(user.agencyId)}.`;
  }
  editor.agencyId = agencyId();
}

async function showServices() {
  count.textContent = 'Memuat layanan…';
  try {
    const services = [];
    for await (const service of padu.authoring.services({ limit: 100, agencyId: agencyId() })) services.push(service);
    for (const service of services) serviceNames.set(service.id, service.name.id);
    list.replaceChildren(
      ...services.map((service) => {
        const open = el('button', { type: 'button', class: 'button secondary', text: 'Susun' });
        open.setAttribute('aria-label', `Susun ${service.name.id}`);
        open.addEventListener('click', () => openEditor(service.id, service.name.id));
        const version = service.currentVersion ? `versi ${service.currentVersion}` : 'belum pernah terbit';
        return el('li', {}, el('span', {}, el('strong', { text: service.name.id }), ' ', el('span', { class: 'state', text: `(${service.id}, ${states[service.state] ?? service.state}, ${version}${service.hasDraft ? ', ada draf' : ''})` })), open);
      }),
    );
    count.textContent = services.length ? `${services.length} layanan.` : 'OPD ini belum memiliki layanan.';
  } catch (problem) {
    count.textContent = `Daftar layanan tidak dapat dimuat: ${problem.message}`;
  }
}

function openEditor(serviceId, name) {
  editor.agencyId = agencyId();
  editor.serviceId = serviceId;
  editorHeading.textContent = serviceId ? `Penyusun: ${name}` : 'Layanan baru';
  listSection.hidden = true;
  editorSection.hidden = false;
  editorHeading.focus();
}

function closeEditor() {
  editorSection.hidden = true;
  listSection.hidden = false;
  void showServices();
}

$('#baru').addEventListener('click', () => openEditor('', ''));
$('#kembali').addEventListener('click', () => {
  closeEditor();
  $('#baru').focus();
});
/** After the editor changed a service: the list (and the names the log uses), then the log. */
async function serviceChanged() {
  await showServices();
  await audit.show();
}
editor.addEventListener('padu-service-created', (event) => {
  editorHeading.textContent = `Penyusun: ${event.detail.serviceId}`;
  void serviceChanged();
});
for (const done of ['padu-service-published', 'padu-service-retired']) editor.addEventListener(done, () => void serviceChanged());

// The city's admin moves to another OPD: its services, staff and log.
agencySelect.addEventListener('change', () => {
  editor.agencyId = agencyId();
  if (!editorSection.hidden) closeEditor();
  else void showServices();
  void officers.show();
  void audit.show();
});

/** Whose page is shown: a refreshed token (the same account) draws nothing again. */
let shownFor = null;

async function onSession() {
  const user = padu.session.current?.user;
  const admin = isAdmin(user);
  notAdmin.hidden = !user || admin;
  if ((admin ? user.id : null) === shownFor) return;
  shownFor = admin ? user.id : null;
  if (!admin) {
    for (const section of [agencySection, listSection, editorSection]) section.hidden = true;
    list.replaceChildren();
    officers.hide();
    audit.hide();
    return;
  }
  await showAgency();
  if (editorSection.hidden) {
    listSection.hidden = false;
    void showServices();
  }
  // The staff's names first: the log says who did what by name.
  await officers.show();
  void audit.show();
}

padu.session.subscribe(() => void onSession());
void onSession();
