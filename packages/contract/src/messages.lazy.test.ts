// The messages as a browser bundle has them: `@padu/contract` alone speaks Indonesian, and English arrives on
// demand (`loadMessages`). Runs in Node and in Chromium; nothing here imports `./messages/all.ts`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatMessage, hasMessages, isErrorCode, loadMessages, registerMessages } from './index.ts';
import { id } from './messages/id.ts';

describe('messages loaded on demand', () => {
  it('answers in Indonesian, numbers and dates included, until English is loaded', async () => {
    assert.equal(hasMessages('id'), true);
    assert.equal(hasMessages('en'), false);
    assert.equal(formatMessage('too_long', { label: 'Purpose', max: 1000 }, 'en'), 'Purpose paling banyak 1.000 karakter.');
    await loadMessages('en');
    assert.equal(hasMessages('en'), true);
    assert.equal(formatMessage('too_long', { label: 'Purpose', max: 1000 }, 'en'), 'Purpose must be 1,000 characters or fewer.');
    assert.equal(formatMessage('date.too_late', { label: 'Date of birth', max: '2026-06-15' }, 'en'), 'Date of birth must be on or before 15 June 2026.');
    await loadMessages('en'); // once is enough; again is harmless
  });

  it('takes a catalogue from the caller, and tells error codes apart', () => {
    registerMessages('en', { ...id, required: '{label}: required (custom).' });
    assert.equal(formatMessage('required', { label: 'Name' }, 'en'), 'Name: required (custom).');
    assert.equal(isErrorCode('nik.format'), true);
    assert.equal(isErrorCode('no.such'), false);
    assert.equal(isErrorCode('toString'), false);
  });
});
