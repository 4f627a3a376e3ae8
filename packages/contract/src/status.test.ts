import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applicationStatuses, finalStatuses, isFinal, progressSteps, statusLabels } from './status.ts';
import { allowedTransitions, checkTransition, transitions } from './transitions.ts';
import type { components } from './generated/openapi.ts';

type Status = components['schemas']['ApplicationStatus'];
type Role = components['schemas']['ActorRole'];

// The table from the brief, written out independently of the module: "from>to:role:note".
const expected = new Set([
  'submitted>verifying:officer:optional',
  'submitted>rejected:officer:required',
  'verifying>in_process:officer:optional',
  'verifying>needs_revision:officer:required',
  'verifying>rejected:officer:required',
  'in_process>awaiting_signature:officer:optional',
  'in_process>completed:officer:optional',
  'in_process>ready_for_pickup:officer:optional',
  'in_process>needs_revision:officer:required',
  'in_process>rejected:officer:required',
  'awaiting_signature>completed:officer:optional',
  'awaiting_signature>ready_for_pickup:officer:optional',
  'awaiting_signature>in_process:officer:optional',
  'ready_for_pickup>completed:officer:optional',
  'submitted>cancelled:officer:required',
  'verifying>cancelled:officer:required',
  'needs_revision>cancelled:officer:required',
  'in_process>cancelled:officer:required',
  'needs_revision>submitted:citizen:optional',
  'submitted>cancelled:citizen:optional',
  'verifying>cancelled:citizen:optional',
  'needs_revision>cancelled:citizen:optional',
]);
const roles: Role[] = ['citizen', 'officer', 'system'];
const noteRule = (from: Status, to: Status, role: Role) =>
  [...expected].find((e) => e.startsWith(`${from}>${to}:${role}:`))?.split(':')[2];

describe('statuses', () => {
  it('lists every status of the contract with both labels', () => {
    assert.deepEqual(applicationStatuses, [
      'submitted',
      'verifying',
      'needs_revision',
      'in_process',
      'awaiting_signature',
      'completed',
      'ready_for_pickup',
      'rejected',
      'cancelled',
    ]);
    assert.deepEqual(Object.values(statusLabels.id), [
      'Diajukan',
      'Sedang Diverifikasi',
      'Perlu Perbaikan',
      'Sedang Diproses',
      'Menunggu Tanda Tangan',
      'Selesai',
      'Siap Diambil',
      'Ditolak',
      'Dibatalkan',
    ]);
    assert.deepEqual(Object.values(statusLabels.en), [
      'Submitted',
      'Being verified',
      'Action needed',
      'In process',
      'Awaiting signature',
      'Completed',
      'Ready for pick-up',
      'Rejected',
      'Cancelled',
    ]);
  });
  it('knows the final statuses and the happy path', () => {
    assert.deepEqual([...finalStatuses], ['completed', 'rejected', 'cancelled']);
    assert.deepEqual(applicationStatuses.filter(isFinal), ['completed', 'rejected', 'cancelled']);
    assert.equal(isFinal('ready_for_pickup'), false);
    assert.deepEqual([...progressSteps], ['submitted', 'verifying', 'in_process', 'awaiting_signature', 'completed']);
  });
});

describe('transition table', () => {
  it('is exactly the agreed table', () => {
    const actual = transitions.map((t) => `${t.from}>${t.to}:${t.by}:${t.note}`);
    assert.equal(actual.length, expected.size);
    assert.deepEqual(new Set(actual), expected);
  });
  it('never leaves a final status and never loops to the same status', () => {
    for (const t of transitions) {
      assert.equal(isFinal(t.from), false);
      assert.notEqual(t.from, t.to);
    }
  });
});

describe('checkTransition', () => {
  it('agrees with the table for every pair of statuses and every role', () => {
    let checked = 0;
    for (const from of applicationStatuses) {
      for (const to of applicationStatuses) {
        const anyone = roles.some((r) => noteRule(from, to, r));
        for (const role of roles) {
          const rule = noteRule(from, to, role);
          const withNote = checkTransition(from, to, role, 'Alasan: berkas tidak lengkap.');
          const without = checkTransition(from, to, role);
          const where = `${from} -> ${to} by ${role}`;
          if (!anyone) {
            assert.deepEqual(withNote, { ok: false, code: 'transition.not_allowed' }, where);
            assert.deepEqual(without, { ok: false, code: 'transition.not_allowed' }, where);
          } else if (!rule) {
            assert.deepEqual(withNote, { ok: false, code: 'transition.forbidden_role' }, where);
            assert.deepEqual(without, { ok: false, code: 'transition.forbidden_role' }, where);
          } else {
            assert.deepEqual(withNote, { ok: true }, where);
            assert.deepEqual(
              without,
              rule === 'required' ? { ok: false, code: 'transition.note_required' } : { ok: true },
              where,
            );
          }
          checked++;
        }
      }
    }
    assert.equal(checked, 9 * 9 * 3);
  });
  it('treats a blank note as missing', () => {
    for (const note of ['', '   ', '\n\t', null, undefined]) {
      assert.deepEqual(checkTransition('verifying', 'needs_revision', 'officer', note), {
        ok: false,
        code: 'transition.note_required',
      });
    }
    assert.deepEqual(checkTransition('in_process', 'rejected', 'officer', ' Tidak terdaftar di DTSEN. '), { ok: true });
  });
  it('lets the citizen cancel without a reason but not the OPD', () => {
    assert.deepEqual(checkTransition('submitted', 'cancelled', 'citizen'), { ok: true });
    assert.deepEqual(checkTransition('submitted', 'cancelled', 'officer'), { ok: false, code: 'transition.note_required' });
    assert.deepEqual(checkTransition('in_process', 'cancelled', 'citizen', 'Tidak jadi'), {
      ok: false,
      code: 'transition.forbidden_role',
    });
  });
  it('refuses leaving a final status and staying put', () => {
    assert.deepEqual(checkTransition('completed', 'in_process', 'officer', 'x'), { ok: false, code: 'transition.not_allowed' });
    assert.deepEqual(checkTransition('verifying', 'verifying', 'officer', 'x'), { ok: false, code: 'transition.not_allowed' });
  });
});

describe('allowedTransitions', () => {
  it('lists the buttons for each role', () => {
    assert.deepEqual(
      allowedTransitions('verifying', 'officer').map((t) => `${t.to}:${t.note}`),
      ['in_process:optional', 'needs_revision:required', 'rejected:required', 'cancelled:required'],
    );
    assert.deepEqual(
      allowedTransitions('needs_revision', 'citizen').map((t) => t.to),
      ['submitted', 'cancelled'],
    );
    assert.deepEqual(allowedTransitions('in_process', 'citizen'), []);
    assert.deepEqual(allowedTransitions('completed', 'officer'), []);
    assert.deepEqual(allowedTransitions('submitted', 'system'), []);
  });
});
