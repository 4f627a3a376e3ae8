// The page of an invitation link, `/petugas/undangan#<token>`: the invited person writes their name and a password
// and accepts (`padu.staff.accept`), then is signed in and taken to the officer console (an OPD admin to the admin's
// page), or told to sign in there. The token is read from the fragment, which browsers never send to a server; it
// goes nowhere but the acceptance's body (no URL query, no log, no storage), and leaves the address bar once spent.
// Everything is put on the page as text.
import { createPadu } from '/cdn/padu-api.js';
import { el } from '/assets/dom.js';

const apiRoot = document.querySelector('meta[name="padu-api"]')?.content || '/api/v1';
// The tab's session, as the officer console keeps it: signing in here signs the console in.
const padu = createPadu({ baseUrl: apiRoot, storage: 'session' });

const TOKEN = /^inv_[A-Za-z0-9_-]{43}$/;
const token = location.hash.slice(1);

const $ = (selector) => document.querySelector(selector);
const form = $('#terima');
const problemBox = $('#masalah');
const news = $('#kabar');
const done = $('#selesai');
const submit = form.querySelector('button[type="submit"]');
const inputs = { name: $('#nama'), password: $('#sandi') };

/** Says what went wrong at the top of the form (focused, so it is read first); `links`: problems of the fields. */
function showProblem(title, detail, links = [], focus = true) {
  $('#masalah-judul').textContent = title;
  $('#masalah-isi').textContent = detail;
  $('#masalah-daftar').replaceChildren(
    ...links.map(({ name, message }) => {
      const link = el('a', { href: `#${inputs[name].id}`, text: message });
      link.addEventListener('click', (event) => {
        event.preventDefault();
        inputs[name].focus();
      });
      return el('li', {}, link);
    }),
  );
  problemBox.hidden = false;
  if (focus) problemBox.focus();
}

function clearProblems() {
  problemBox.hidden = true;
  for (const name of Object.keys(inputs)) setFieldError(name, null);
}

function setFieldError(name, message) {
  const input = inputs[name];
  const error = $(`#${input.id}-galat`);
  const hint = `${input.id}-petunjuk`;
  error.textContent = message ? `Kesalahan: ${message}` : '';
  error.hidden = !message;
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
  input.setAttribute('aria-describedby', message ? `${hint} ${error.id}` : hint);
}

/** The link can no longer be used: the form goes, the reason (and what to do) stays. */
function linkUnusable(title, detail, focus = true) {
  form.hidden = true;
  showProblem(title, detail, [], focus);
}

/** The checks the gateway makes too, said before a request. */
function problemsOf({ name, password }) {
  const problems = [];
  if (name.length < 2) problems.push({ name: 'name', message: 'Tulis nama lengkap Anda (paling sedikit 2 huruf).' });
  else if (/[<>\u0000-\u001f]/.test(name)) problems.push({ name: 'name', message: 'Nama tidak boleh memuat tanda < atau >.' });
  if (password.length < 10) problems.push({ name: 'password', message: 'Kata sandi paling sedikit 10 karakter.' });
  else if (password.length > 200) problems.push({ name: 'password', message: 'Kata sandi paling banyak 200 karakter.' });
  return problems;
}

function fieldProblems(problems) {
  for (const { name, message } of problems) setFieldError(name, message);
  showProblem('Ada yang perlu diperbaiki', 'Periksa isian berikut, lalu kirim lagi.', problems);
}

async function accept(name, password) {
  submit.setAttribute('aria-disabled', 'true');
  news.textContent = 'Memproses undangan…';
  let user;
  try {
    user = await padu.staff.accept({ token, password, name });
  } catch (error) {
    news.textContent = '';
    submit.removeAttribute('aria-disabled');
    const problem = error.problem;
    const code = problem?.code ?? '';
    if (code.startsWith('invitation.')) {
      linkUnusable(problem.title ?? 'Undangan tidak berlaku', problem.detail ?? 'Minta tautan baru kepada admin OPD Anda.');
      if (code === 'invitation.used') showDone('Bila Anda sudah membuat kata sandi dengan tautan ini, masuk di konsol petugas.', false);
      return;
    }
    const errors = (problem?.errors ?? []).filter(({ pointer }) => pointer === '/name' || pointer === '/password');
    if (errors.length) return fieldProblems(errors.map(({ pointer, message }) => ({ name: pointer.slice(1), message })));
    if (problem?.errors?.some(({ pointer }) => pointer === '/token')) {
      return linkUnusable('Tautan undangan tidak lengkap', 'Buka tautan persis seperti yang dikirim admin OPD Anda, atau minta tautan baru.');
    }
    const detail =
      error.status === 429
        ? `Terlalu banyak percobaan dari jaringan ini. Coba lagi dalam ${error.retryAfter ?? 60} detik.`
        : `${problem?.detail ?? 'Server tidak dapat dihubungi. Periksa koneksi internet Anda.'} Coba lagi beberapa saat lagi.`;
    return showProblem('Undangan belum dapat diterima', detail);
  }
  // Spent: the token leaves the address bar (and the tab's history entry).
  history.replaceState(null, '', location.pathname);
  const destination = user.role === 'opd_admin' ? '/admin/' : '/petugas/';
  news.textContent = 'Akun Anda aktif. Masuk…';
  try {
    await padu.auth.login({ identifier: user.email, password });
    location.assign(destination);
  } catch {
    form.hidden = true;
    news.textContent = '';
    showDone(`Akun Anda aktif. Masuk di ${user.role === 'opd_admin' ? 'halaman admin OPD' : 'konsol petugas'} dengan email ${user.email} dan kata sandi yang baru Anda buat.`, true, destination);
  }
}

function showDone(message, focus, destination = '/petugas/') {
  $('#selesai-isi').textContent = message;
  $('#selesai-tautan').setAttribute('href', destination);
  $('#selesai-tautan').textContent = destination === '/admin/' ? 'Ke halaman admin OPD' : 'Ke konsol petugas';
  done.hidden = false;
  if (focus) done.focus();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (submit.getAttribute('aria-disabled') === 'true') return;
  clearProblems();
  const request = { name: inputs.name.value.trim(), password: inputs.password.value };
  const problems = problemsOf(request);
  if (problems.length) return fieldProblems(problems);
  void accept(request.name, request.password);
});

$('#tampilkan').addEventListener('change', (event) => {
  inputs.password.type = event.target.checked ? 'text' : 'password';
});

if (TOKEN.test(token)) form.hidden = false;
else {
  linkUnusable(
    'Tautan undangan tidak lengkap',
    'Halaman ini dibuka tanpa kode undangan yang utuh. Buka tautan persis seperti yang dikirim admin OPD Anda (termasuk bagian setelah tanda #), atau minta tautan baru.',
    false,
  );
}
