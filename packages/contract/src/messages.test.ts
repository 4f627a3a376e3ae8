import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { errorCodes, formatNumber, isErrorCode } from './messages.ts';
import { formatMessage, messages } from './messages/all.ts';

describe('message catalogue', () => {
  it('has unique codes in the contract\'s code format', () => {
    assert.equal(new Set(errorCodes).size, errorCodes.length);
    for (const code of errorCodes) assert.match(code, /^[a-z_]+(\.[a-z_]+)*$/);
  });
  it('has a text for every code in both locales, and nothing else', () => {
    for (const locale of ['id', 'en'] as const) {
      assert.deepEqual(Object.keys(messages[locale]).sort(), [...errorCodes].sort(), locale);
      for (const code of errorCodes) {
        const text = messages[locale][code];
        assert.ok(text.length > 0 && text.length < 200, `${locale} ${code}`);
        assert.match(text, /^[^\x00-\x1f]*$/);
      }
    }
  });
  it('uses the same placeholders in both locales', () => {
    const names = (t: string) => (t.match(/\{[a-zA-Z]+\}/g) ?? []).sort();
    for (const code of errorCodes) assert.deepEqual(names(messages.en[code]), names(messages.id[code]), code);
  });
  it('speaks formal Indonesian first', () => {
    assert.equal(formatMessage('required', { label: 'Alamat lengkap' }), 'Alamat lengkap wajib diisi.');
    assert.equal(formatMessage('required', { label: 'Full address' }, 'en'), 'Full address is required.');
    assert.match(messages.id['file.not_found'], /Anda/);
  });
});

describe('formatMessage', () => {
  it('fills placeholders, writing numbers and dates the local way', () => {
    assert.equal(formatMessage('too_long', { label: 'Keperluan', max: 1000 }), 'Keperluan paling banyak 1.000 karakter.');
    assert.equal(formatMessage('too_long', { label: 'Purpose', max: 1000 }, 'en'), 'Purpose must be 1,000 characters or fewer.');
    assert.equal(formatMessage('too_small', { label: 'Berat', min: 0.5 }), 'Berat paling kecil 0,5.');
    assert.equal(formatMessage('date.too_late', { label: 'Tanggal lahir', max: '2026-06-15' }), 'Tanggal lahir tidak boleh setelah 15 Juni 2026.');
    assert.equal(formatMessage('calendar.year_missing', { year: '2027' }), 'Kalender hari libur tahun 2027 belum tersedia.');
    assert.equal(
      formatMessage('transition.not_allowed', { from: 'Selesai', to: 'Sedang Diproses' }),
      'Permohonan berstatus Selesai tidak dapat diubah menjadi Sedang Diproses.',
    );
  });
  it('keeps unknown placeholders and survives unknown codes and locales', () => {
    assert.equal(formatMessage('required'), '{label} wajib diisi.');
    assert.equal(formatMessage('no.such' as never, {}), 'no.such');
    assert.equal(formatMessage('required', { label: 'NIK' }, 'fr' as never), 'NIK wajib diisi.');
  });
  it('does not treat markup in params as anything but text', () => {
    assert.equal(formatMessage('required', { label: '<b>x</b>' }, 'en'), '<b>x</b> is required.');
  });
});

describe('formatNumber', () => {
  it('groups thousands and marks decimals per locale', () => {
    assert.equal(formatNumber(1234567.25), '1.234.567,25');
    assert.equal(formatNumber(1234567.25, 'en'), '1,234,567.25');
    assert.equal(formatNumber(-1000), '-1.000');
    assert.equal(formatNumber(999), '999');
    assert.equal(formatNumber(0), '0');
  });
});
