import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isEmail, normalizePhone } from './contact.ts';
import { maskName, maskNik, normalizeDigits, validateKk, validateNik } from './identity.ts';

const today = '2026-06-15';
const nik = (input: string) => validateNik(input, { today });
const code = (r: { ok: boolean; code?: string }) => (r.ok ? 'ok' : r.code);

describe('normalizeDigits', () => {
  it('strips spaces, dashes and dots', () => {
    assert.equal(normalizeDigits('3571 0145 1290 0003'), '3571014512900003');
    assert.equal(normalizeDigits('35.71.01-451290-0003'), '3571014512900003');
    assert.equal(normalizeDigits('\u00a03571\u20130145 '), '35710145');
  });
  it('keeps other characters so the check after it can refuse them', () => {
    assert.equal(normalizeDigits('3571O'), '3571O');
  });
});

describe('validateNik', () => {
  it('reads a man\'s NIK', () => {
    assert.deepEqual(nik('3571010512900003'), {
      ok: true,
      value: '3571010512900003',
      regionCode: '357101',
      provinceCode: '35',
      birthDate: '1990-12-05',
      sex: 'male',
    });
  });
  it('reads a woman\'s NIK (day + 40), typed with spaces', () => {
    const r = nik('3571 0145 1290 0003');
    assert.ok(r.ok);
    assert.equal(r.birthDate, '1990-12-05');
    assert.equal(r.sex, 'female');
    assert.equal(code(nik('3571017112900003')), 'ok'); // 31 + 40
  });
  it('does not require the 3571 prefix', () => {
    assert.equal(code(nik('3174010101900001')), 'ok'); // Jakarta
    assert.equal(code(nik('1101010101900001')), 'ok'); // Aceh
    assert.equal(code(nik('9601010101900001')), 'ok'); // Papua Barat Daya
  });
  it('needs 16 digits', () => {
    assert.equal(code(nik('357101451290000')), 'nik.format');
    assert.equal(code(nik('35710145129000031')), 'nik.format');
    assert.equal(code(nik('3571O14512900003')), 'nik.format');
    assert.equal(code(nik('')), 'nik.format');
  });
  it('needs a real province code', () => {
    for (const p of ['00', '10', '20', '22', '30', '37', '50', '99', '83', '97']) {
      assert.equal(code(nik(`${p}71010101900001`)), 'nik.province', p);
    }
    for (const p of ['11', '19', '21', '31', '36', '51', '53', '61', '65', '71', '76', '81', '82', '91', '96']) {
      assert.equal(code(nik(`${p}71010101900001`)), 'ok', p);
    }
  });
  it('needs month 01-12', () => {
    assert.equal(code(nik('3571010113900001')), 'nik.month');
    assert.equal(code(nik('3571010100900001')), 'nik.month');
  });
  it('needs day 01-31 or 41-71', () => {
    for (const d of ['00', '32', '35', '40', '72', '99']) assert.equal(code(nik(`357101${d}01900001`)), 'nik.day', d);
    for (const d of ['01', '31', '41', '71']) assert.equal(code(nik(`357101${d}01900001`)), 'ok', d);
  });
  it('needs a real date', () => {
    assert.equal(code(nik('3571013104900001')), 'nik.date'); // 31 April
    assert.equal(code(nik('3571017104900001')), 'nik.date'); // 31 April, woman
    assert.equal(code(nik('3571013002900001')), 'nik.date'); // 30 February
  });
  it('accepts 29 February only in a leap year', () => {
    const leap = nik('3571012902960001');
    assert.ok(leap.ok);
    assert.equal(leap.birthDate, '1996-02-29');
    assert.equal(code(nik('3571016902040001')), 'ok'); // woman, 2004-02-29
    assert.equal(code(nik('3571012902970001')), 'nik.date');
    assert.equal(code(nik('3571012902010001')), 'nik.date');
    const y2000 = nik('3571012902000001');
    assert.ok(y2000.ok);
    assert.equal(y2000.birthDate, '2000-02-29');
  });
  it('picks the century so that the birth date is not in the future', () => {
    const r = validateNik('3571010101250001', { today });
    assert.ok(r.ok);
    assert.equal(r.birthDate, '2025-01-01');
    const later = validateNik('3571010107260001', { today }); // 1 July 2026 is after today
    assert.ok(later.ok);
    assert.equal(later.birthDate, '1926-07-01');
    const same = validateNik('3571011506260001', { today });
    assert.ok(same.ok);
    assert.equal(same.birthDate, '2026-06-15');
    // Before 29 Feb 2000 existed, "00" meant 1900, which was not a leap year.
    assert.equal(code(validateNik('3571012902000001', { today: '1999-12-31' })), 'nik.date');
  });
  it('needs a serial from 0001', () => {
    assert.equal(code(nik('3571010101900000')), 'nik.serial');
    assert.equal(code(nik('3571010101909999')), 'ok');
  });
  it('works without a today', () => {
    assert.equal(code(validateNik('3571014512900003')), 'ok');
  });
});

describe('validateKk', () => {
  it('reads a No. KK', () => {
    assert.deepEqual(validateKk('3571 0112 0318 0004', { today }), {
      ok: true,
      value: '3571011203180004',
      regionCode: '357101',
      provinceCode: '35',
      recordedDate: '2018-03-12',
    });
  });
  it('refuses each broken part with its own code', () => {
    const kk = (v: string) => code(validateKk(v, { today }));
    assert.equal(kk('357101120318000'), 'kk.format');
    assert.equal(kk('3571O11203180004'), 'kk.format');
    assert.equal(kk('0071011203180004'), 'kk.province');
    assert.equal(kk('9971011203180004'), 'kk.province');
    assert.equal(kk('3571014203180004'), 'kk.date'); // no +40 rule for KK
    assert.equal(kk('3571013104180004'), 'kk.date'); // 31 April
    assert.equal(kk('3571011213180004'), 'kk.date'); // month 13
    assert.equal(kk('3571012902190004'), 'kk.date'); // 2019 is not a leap year
    assert.equal(kk('3571012902200004'), 'ok');
    assert.equal(kk('3571011203180000'), 'kk.serial');
  });
});

describe('maskNik and maskName', () => {
  it('masks the middle eight digits', () => {
    assert.equal(maskNik('3571014512900003'), '3571********0003');
    assert.equal(maskNik('3571 0145 1290 0003'), '3571********0003');
    assert.match(maskNik('3571014512900003'), /^[0-9]{4}\*{8}[0-9]{4}$/);
  });
  it('never shows short input', () => {
    assert.equal(maskNik('1234'), '****');
    assert.equal(maskNik(''), '');
  });
  it('keeps the first letter of each word', () => {
    assert.equal(maskName('Siti Rahmawati'), 'S*** R********');
    assert.equal(maskName('  Ahmad   bin  Abdullah '), 'A**** b** A*******');
    assert.equal(maskName('Ñoño'), 'Ñ***');
    assert.equal(maskName(''), '');
  });
});

describe('normalizePhone', () => {
  const mobile = { ok: true, value: '+6281234567890', mobile: true };
  it('accepts +62, 62 and 08 with spaces, dashes, dots and parentheses', () => {
    assert.deepEqual(normalizePhone('+6281234567890'), mobile);
    assert.deepEqual(normalizePhone('+62 812-3456-7890'), mobile);
    assert.deepEqual(normalizePhone('6281234567890'), mobile);
    assert.deepEqual(normalizePhone('0812 3456 7890'), mobile);
    assert.deepEqual(normalizePhone('0812.3456.7890'), mobile);
    assert.deepEqual(normalizePhone('(+62) 812-3456-7890'), mobile);
  });
  it('accepts landlines and says they are not mobile', () => {
    assert.deepEqual(normalizePhone('(0354) 682955'), { ok: true, value: '+62354682955', mobile: false });
    assert.deepEqual(normalizePhone('021-3456789'), { ok: true, value: '+62213456789', mobile: false });
  });
  it('knows the length of mobile numbers', () => {
    assert.deepEqual(normalizePhone('0812345678'), { ok: true, value: '+62812345678', mobile: true }); // 9 digits
    assert.deepEqual(normalizePhone('081234567'), { ok: true, value: '+6281234567', mobile: false }); // 8 digits
    assert.deepEqual(normalizePhone('+62812345678901'), { ok: true, value: '+62812345678901', mobile: true }); // 12
  });
  it('refuses the rest', () => {
    for (const bad of ['', '0812345', '+620812345678', '62 0812 3456 7890', '812345678', '+6281234567890123', '0812abc45678', '+1 202 555 0100', '00812345678', '+62']) {
      assert.deepEqual(normalizePhone(bad), { ok: false, code: 'tel.invalid' }, bad);
    }
  });
});

describe('isEmail', () => {
  it('accepts ordinary addresses', () => {
    for (const ok of ['siti.rahmawati@example.id', 'padu@kedirikota.go.id', 'a+tag@sub.example.co.id', 'A_B@EXAMPLE.COM']) {
      assert.ok(isEmail(ok), ok);
    }
  });
  it('refuses broken ones', () => {
    for (const bad of ['', 'siti', 'siti@', '@example.id', 'siti@example', 'si ti@example.id', 'siti@@example.id', 'siti..r@example.id', '.siti@example.id', 'siti@-example.id', 'siti@example.i', `${'a'.repeat(65)}@example.id`, `a@${'b'.repeat(250)}.id`]) {
      assert.equal(isEmail(bad), false, bad);
    }
  });
});
