// The OPD admin's page of the demo: log in as an OPD admin (with <padu-login>), see the OPD's services
// (`padu.authoring.services`) and open one, or a new one, in <padu-service-editor>. Plain ES module on the CDN
// bundle's page API (`createPadu`), as the officer console; everything from the API is put on the page as text.
import { createPadu } from '/cdn/padu-api.js';

const apiRoot = document.querySelector('meta[name="padu-api"]')?.content || '/api/v1';
// The tab keeps the admin's session across reloads; never localStorage.
const padu = createPadu({ baseUrl: apiRoot, storage: 'session' });

const $ = (selector) => document.querySelector(selector);
const login = $('padu-login');
const notAdmin = $('#bukan-admin');
const listSection = $('#layanan');
const list = $('#daftar');
const count = $('#jumlah');
const editorSection = $('#penyusun');
const editor = $('padu-service-editor');
const editorHeading = $('#penyusun-judul');

login.client = padu;
editor.client = padu;

const states = { draft: 'belum terbit', published: 'terbit', retired: 'dihentikan' };
const isAdmin = (user) => user?.role === 'opd_admin' || user?.role === 'admin';

/** `tag` with `attributes` and children (strings become text). */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'text') node.textContent = value;
    else node.setAttribute(name, String(value));
  }
  node.append(...children);
  return node;
}

async function showServices() {
  count.textContent = 'Memuat layanan…';
  try {
    const services = [];
    for await (const service of padu.authoring.services({ limit: 100 })) services.push(service);
    list.replaceChildren(
      ...services.map((service) => {
        const open = el('button', { type: 'button', class: 'button secondary', text: 'Susun' });
        open.setAttribute('aria-label', `Susun ${service.name.id}`);
        open.addEventListener('click', () => openEditor(service.id, service.name.id));
        const version = service.currentVersion ? `versi ${service.currentVersion}` : 'belum pernah terbit';
        return el('li', {}, el('span', {}, el('strong', { text: service.name.id }), ' ', el('span', { class: 'state', text: `(${service.id}, ${states[service.state] ?? service.state}, ${version}${service.hasDraft ? ', ada draf' : ''})` })), open);
      }),
    );
    count.textContent = services.length ? `${services.length} layanan.` : 'OPD Anda belum memiliki layanan.';
  } catch (problem) {
    count.textContent = `Daftar layanan tidak dapat dimuat: ${problem.message}`;
  }
}

function openEditor(serviceId, name) {
  editor.serviceId = serviceId;
  editorHeading.textContent = serviceId ? `Penyusun: ${name}` : 'Layanan baru';
  listSection.hidden = true;
  editorSection.hidden = false;
  editorHeading.focus();
}

$('#baru').addEventListener('click', () => openEditor('', ''));
$('#kembali').addEventListener('click', () => {
  editorSection.hidden = true;
  listSection.hidden = false;
  void showServices();
  $('#baru').focus();
});
editor.addEventListener('padu-service-created', (event) => {
  editorHeading.textContent = `Penyusun: ${event.detail.serviceId}`;
});

function onSession() {
  const user = padu.session.current?.user;
  const admin = isAdmin(user);
  notAdmin.hidden = !user || admin;
  if (!admin) {
    listSection.hidden = true;
    editorSection.hidden = true;
    list.replaceChildren();
    return;
  }
  if (editorSection.hidden) {
    listSection.hidden = false;
    void showServices();
  }
}

padu.session.subscribe(onSession);
onSession();
