// The OPD's staff on the admin's page (`padu.staff`): who is active, invited or disabled, and when each last
// signed in; inviting by email, which gives a one-time link to copy and send (shown once: the gateway keeps only
// its hash); disabling (after a confirmation: every session ends at once) and enabling. An OPD admin manages the
// officers of their OPD; the city's admin also its OPD admins, and may invite one.
import { el, timeOf } from '/assets/dom.js';

const statusLabels = { active: 'Aktif', invited: 'Diundang', disabled: 'Nonaktif' };
const roleLabels = { officer: 'Petugas', opd_admin: 'Admin OPD' };

/**
 * `padu`: the page's client; `agencyId()`: the OPD shown; `isCityAdmin()`: whether the city's admin is signed in;
 * `changed()`: called after each change (the audit log has a new entry).
 */
export function officerPanel({ padu, agencyId, isCityAdmin, changed }) {
  const $ = (selector) => document.querySelector(selector);
  const section = $('#petugas');
  const list = $('#daftar-petugas');
  const count = $('#petugas-jumlah');
  const news = $('#petugas-kabar');
  const form = $('#undang');
  const roleChoice = $('#undang-peran');
  const formError = $('#undang-galat');
  const result = $('#tautan');
  const linkInput = $('#tautan-isi');
  const copied = $('#salin-kabar');
  const inputs = { name: $('#undang-nama'), email: $('#undang-email') };

  /** Every staff account shown, by id (and the names the audit log uses). */
  let staff = new Map();

  const mayManage = (officer) => officer.role === 'officer' || isCityAdmin();

  async function show(focusId) {
    section.hidden = false;
    roleChoice.hidden = !isCityAdmin();
    count.textContent = 'Memuat petugas…';
    try {
      const officers = [];
      for await (const officer of padu.staff.list({ agencyId: agencyId(), limit: 100 })) officers.push(officer);
      staff = new Map(officers.map((officer) => [officer.id, officer]));
      list.replaceChildren(...officers.map(renderOfficer));
      const active = officers.filter((officer) => officer.status === 'active').length;
      count.textContent = `${officers.length} akun staf, ${active} aktif.`;
      if (focusId) document.getElementById(`aksi-${focusId}`)?.querySelector('button')?.focus();
    } catch (problem) {
      count.textContent = `Daftar petugas tidak dapat dimuat: ${problem.message}`;
    }
  }

  function hide() {
    section.hidden = true;
    list.replaceChildren();
    staff = new Map();
    clearLink();
  }

  function clearLink() {
    result.hidden = true;
    linkInput.value = '';
    copied.textContent = '';
  }

  function renderOfficer(officer) {
    const id = officer.id;
    const actions = el('div', { id: `aksi-${id}`, class: 'row' });
    const item = el(
      'li',
      { 'data-email': officer.email ?? '' },
      el('p', { class: 'staff-name' }, el('strong', { text: officer.name }), ' ', el('span', { class: 'chip', 'data-status': officer.status, text: statusLabels[officer.status] ?? officer.status })),
      el(
        'p',
        { class: 'state' },
        `${officer.email ?? 'tanpa email'} · ${roleLabels[officer.role] ?? officer.role} · `,
        officer.lastSignInAt ? el('span', {}, 'terakhir masuk ', timeOf(officer.lastSignInAt)) : 'belum pernah masuk',
      ),
      actions,
    );
    if (mayManage(officer)) renderActions(officer, actions);
    return item;
  }

  function renderActions(officer, actions) {
    const { id, name } = officer;
    const button = (text, label, onClick, className = 'button secondary') => {
      const node = el('button', { type: 'button', class: className, 'aria-label': label, text });
      node.addEventListener('click', onClick);
      return node;
    };
    const buttons = [];
    if (officer.status === 'disabled') {
      buttons.push(button('Aktifkan', `Aktifkan ${name}`, () => void act(officer, 'enable')));
    } else {
      if (officer.status === 'invited' && officer.email) {
        buttons.push(button('Buat tautan baru', `Buat tautan baru untuk ${name}`, () => void invite({ name, email: officer.email, role: officer.role })));
      }
      buttons.push(button('Nonaktifkan', `Nonaktifkan ${name}`, () => confirmDisable(officer, actions)));
    }
    actions.replaceChildren(...buttons);
  }

  /** Disabling ends every session of the account at once: asked first, in place, with the focus on the answer. */
  function confirmDisable(officer, actions) {
    const questionId = `tanya-${officer.id}`;
    const yes = el('button', { type: 'button', class: 'button', 'aria-describedby': questionId, text: 'Ya, nonaktifkan' });
    const no = el('button', { type: 'button', class: 'button secondary', text: 'Batal' });
    yes.addEventListener('click', () => void act(officer, 'disable'));
    no.addEventListener('click', () => {
      renderActions(officer, actions);
      actions.querySelector('button:last-child')?.focus();
    });
    actions.addEventListener('keydown', function cancelOnEscape(event) {
      if (event.key !== 'Escape') return;
      actions.removeEventListener('keydown', cancelOnEscape);
      no.click();
    });
    actions.replaceChildren(
      el('p', { id: questionId, class: 'confirm', text: `Nonaktifkan ${officer.name}? Semua sesinya berakhir saat ini juga dan ia tidak dapat masuk sampai diaktifkan kembali. Permohonan yang ditanganinya tetap ada di antrean OPD.` }),
      yes,
      no,
    );
    yes.focus();
  }

  async function act(officer, action) {
    try {
      const updated = await padu.staff[action](officer.id);
      news.textContent = action === 'disable' ? `${updated.name} dinonaktifkan; semua sesinya telah berakhir.` : `${updated.name} diaktifkan kembali.`;
      await show(officer.id);
      changed();
    } catch (problem) {
      news.textContent = `${officer.name} tidak dapat ${action === 'disable' ? 'dinonaktifkan' : 'diaktifkan'}: ${problem.problem?.detail ?? problem.message}`;
      await show(officer.id);
    }
  }

  function setFieldError(name, message) {
    const input = inputs[name];
    const error = $(`#${input.id}-galat`);
    error.textContent = message ? `Kesalahan: ${message}` : '';
    error.hidden = !message;
    if (message) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', error.id);
    } else {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    }
  }

  /** Checks what can be checked here; the gateway checks again and says the rest. */
  function problemsOf({ name, email }) {
    const problems = {};
    if (name.length < 2) problems.name = 'Tulis nama lengkap orang yang diundang.';
    else if (/[<>\u0000-\u001f]/.test(name)) problems.name = 'Nama tidak boleh memuat tanda < atau >.';
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) problems.email = 'Tulis alamat email yang benar, misalnya nama@kedirikota.go.id.';
    return problems;
  }

  async function invite(request) {
    formError.textContent = '';
    clearLink();
    try {
      const invitation = await padu.staff.invite({ ...request, ...(isCityAdmin() ? { agencyId: agencyId() } : {}) });
      $('#tautan-judul').textContent = `Tautan undangan untuk ${invitation.officer.name}`;
      $('#tautan-petunjuk').replaceChildren(
        `Kirim tautan ini kepada ${invitation.officer.name} (${invitation.officer.email}) melalui saluran resmi OPD. Tautan hanya dapat dipakai sekali, berlaku sampai `,
        timeOf(invitation.expiresAt),
        ', dan tidak akan ditampilkan lagi.',
      );
      linkInput.value = invitation.link;
      result.hidden = false;
      result.focus();
      form.reset();
      await show();
      changed();
      return true;
    } catch (problem) {
      const errors = problem.problem?.errors ?? [];
      for (const error of errors) {
        const field = error.pointer.slice(1);
        if (field in inputs) setFieldError(field, error.message);
      }
      if (problem.problem?.code === 'account.email_taken') setFieldError('email', problem.problem.detail);
      const first = Object.values(inputs).find((input) => input.getAttribute('aria-invalid') === 'true');
      if (first) first.focus();
      else formError.textContent = `Undangan tidak dapat dibuat: ${problem.problem?.detail ?? problem.message}`;
      return false;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const request = { name: inputs.name.value.trim(), email: inputs.email.value.trim(), role: isCityAdmin() ? form.elements.role.value : 'officer' };
    const problems = problemsOf(request);
    for (const name of Object.keys(inputs)) setFieldError(name, problems[name]);
    const first = Object.keys(inputs).find((name) => problems[name]);
    if (first) return inputs[first].focus();
    void invite(request);
  });

  $('#salin').addEventListener('click', async () => {
    linkInput.select();
    try {
      await navigator.clipboard.writeText(linkInput.value);
      copied.textContent = 'Tautan disalin.';
    } catch {
      // No clipboard (an insecure origin, or permission refused): the link is selected for Ctrl+C.
      copied.textContent = 'Tautan sudah dipilih: tekan Ctrl+C (atau salin dari menu) untuk menyalinnya.';
    }
  });

  return {
    show,
    hide,
    /** The name of a staff account of the OPD shown, or undefined. */
    nameOf: (id) => staff.get(id)?.name,
  };
}
