import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  escapePointer,
  fieldTypes,
  isKnownFieldType,
  isMaskedField,
  maskAnswers,
  normalizeAnswer,
  normalizeAnswers,
  reviseAnswers,
  validateAnswers,
  validateField,
  validateFormDefinition,
  type UploadInfo,
  type ValidateAnswersOptions,
} from './form.ts';
import { errorCodes } from './messages.ts';
// English messages too, registered up front as the gateway has them (browsers load them on demand).
import './messages/all.ts';
import type { components } from './generated/openapi.ts';

type FormDefinition = components['schemas']['FormDefinition'];
type FormField = components['schemas']['FormField'];
type Answers = components['schemas']['Answers'];
type FieldError = components['schemas']['FieldError'];

const PDF_ID = '0f8c2a8e-6a4c-4b57-9a0e-2c1d3b4a5f60';
const PNG_ID = '1f8c2a8e-6a4c-4b57-9a0e-2c1d3b4a5f61';
const BIG_ID = '2f8c2a8e-6a4c-4b57-9a0e-2c1d3b4a5f62';
const uploads: Record<string, UploadInfo> = {
  [PDF_ID]: { mimeType: 'application/pdf', bytes: 184320 },
  [PNG_ID]: { mimeType: 'image/png', bytes: 1000 },
  [BIG_ID]: { mimeType: 'image/jpeg', bytes: 3_000_000 },
};
const upload = (id: string) => uploads[id];

const definition: FormDefinition = {
  steps: [
    {
      id: 'identitas',
      title: { id: 'Identitas pemohon', en: 'Applicant' },
      fields: [
        {
          name: 'nama',
          type: 'text',
          label: { id: 'Nama lengkap', en: 'Full name' },
          required: true,
          minLength: 3,
          maxLength: 40,
          pattern: "[\\p{L}' .]+",
          patternMessage: { id: 'Nama hanya boleh berisi huruf.', en: 'Use letters only.' },
        },
        { name: 'catatan', type: 'textarea', label: { id: 'Catatan' }, maxLength: 5 },
        { name: 'kode', type: 'text', label: { id: 'Kode' }, pattern: 'abc' },
        { name: 'nik', type: 'nik', label: { id: 'NIK', en: 'NIK' }, required: true },
        { name: 'no_kk', type: 'kk', label: { id: 'Nomor KK', en: 'Family card number' } },
        { name: 'telepon', type: 'tel', label: { id: 'Nomor WhatsApp', en: 'WhatsApp number' } },
        { name: 'email', type: 'email', label: { id: 'Email' } },
      ],
    },
    {
      id: 'rincian',
      title: { id: 'Rincian' },
      fields: [
        { name: 'jumlah_anak', type: 'number', label: { id: 'Jumlah anak' }, min: 0, max: 20, integer: true },
        { name: 'penghasilan', type: 'number', label: { id: 'Penghasilan' }, min: 0.5, max: 10_000_000 },
        { name: 'tanggal_lahir', type: 'date', label: { id: 'Tanggal lahir' }, minDate: '1900-01-01', maxDate: 'today' },
        { name: 'tanggal_acara', type: 'date', label: { id: 'Tanggal acara' }, minDate: 'today' },
        {
          name: 'kelurahan',
          type: 'select',
          label: { id: 'Kelurahan' },
          required: true,
          options: [
            { value: 'bandar-lor', label: { id: 'Bandar Lor' } },
            { value: 'bandar-kidul', label: { id: 'Bandar Kidul' } },
          ],
        },
        {
          name: 'jenis_kelamin',
          type: 'radio',
          label: { id: 'Jenis kelamin' },
          options: [
            { value: 'p', label: { id: 'Perempuan' } },
            { value: 'l', label: { id: 'Laki-laki' } },
          ],
        },
        {
          name: 'bantuan',
          type: 'checkbox',
          label: { id: 'Bantuan yang diterima' },
          options: [
            { value: 'pkh', label: { id: 'PKH' } },
            { value: 'bpnt', label: { id: 'BPNT' } },
          ],
        },
        { name: 'setuju', type: 'checkbox', label: { id: 'Data yang saya isi benar', en: 'My answers are true' }, required: true },
      ],
    },
    {
      id: 'dokumen',
      title: { id: 'Dokumen' },
      fields: [
        {
          name: 'pengantar',
          type: 'file',
          label: { id: 'Surat pengantar RT/RW', en: 'RT/RW cover letter' },
          required: true,
          accept: ['application/pdf', 'image/jpeg'],
          maxBytes: 2_097_152,
        },
      ],
    },
  ],
};

const valid: Answers = {
  nama: "Siti Rahmawati",
  catatan: '',
  nik: '3571 0145 1290 0003',
  no_kk: '3571011203180004',
  telepon: '0812-3456-7890',
  email: 'siti.rahmawati@example.id',
  jumlah_anak: 2,
  penghasilan: '1500000.50',
  tanggal_lahir: '1990-12-05',
  tanggal_acara: '2026-07-01',
  kelurahan: 'bandar-lor',
  jenis_kelamin: 'p',
  bantuan: ['pkh', 'bpnt'],
  setuju: true,
  pengantar: PDF_ID,
};

const base: ValidateAnswersOptions = { today: '2026-06-15', upload };
const validate = (patch: Record<string, unknown>, options: ValidateAnswersOptions = {}) => {
  const answers: Record<string, unknown> = { ...valid, ...patch };
  for (const [k, v] of Object.entries(patch)) if (v === undefined) delete answers[k];
  return validateAnswers(definition, answers as Answers, { ...base, ...options });
};
/** The `pointer code` of each error, the quickest thing to compare. */
const brief = (errors: FieldError[]) => errors.map((e) => `${e.pointer} ${e.code}`);
const only = (patch: Record<string, unknown>, options?: ValidateAnswersOptions) => {
  const errors = validate(patch, options);
  assert.equal(errors.length, 1, JSON.stringify(brief(errors)));
  return errors[0] as FieldError;
};
/** Every error must fit the contract's FieldError schema. */
function assertWellFormed(errors: FieldError[]) {
  for (const e of errors) {
    assert.match(e.pointer, /^(\/[^/]*)*$/);
    assert.ok(e.pointer.length <= 300);
    assert.ok((errorCodes as readonly string[]).includes(e.code), e.code);
    assert.match(e.message, /^[^\x00-\x1f]*$/);
    assert.ok(e.message.length > 0 && e.message.length <= 500);
    for (const [k, v] of Object.entries(e.params ?? {})) {
      assert.match(k, /^[a-zA-Z]+$/);
      if (typeof v === 'string') assert.ok(v.length <= 200 && /^[^\x00-\x1f]*$/.test(v), k);
    }
  }
}

describe('validateAnswers: valid answers', () => {
  it('accepts a complete, valid set (typed with spaces and dashes)', () => {
    assert.deepEqual(validate({}), []);
  });
  it('accepts empty optional fields', () => {
    const errors = validate({
      catatan: undefined,
      kode: '',
      no_kk: '   ',
      telepon: undefined,
      email: '',
      jumlah_anak: undefined,
      penghasilan: '',
      tanggal_lahir: '',
      tanggal_acara: undefined,
      jenis_kelamin: '',
      bantuan: [],
    });
    assert.deepEqual(errors, []);
  });
  it('checks file answers only for the id format without an upload lookup', () => {
    assert.deepEqual(validateAnswers(definition, { ...valid, pengantar: BIG_ID }, { today: '2026-06-15' }), []);
    const errors = validateAnswers(definition, { ...valid, pengantar: 'surat.pdf' }, { today: '2026-06-15' });
    assert.deepEqual(brief(errors), ['/answers/pengantar file.invalid']);
  });
  it('works without any options (today in WIB, Indonesian)', () => {
    const errors = validateAnswers(definition, { ...valid, tanggal_acara: '2999-01-01', nama: '' });
    assert.deepEqual(brief(errors), ['/answers/nama required']);
    assert.equal(errors[0]?.message, 'Nama lengkap wajib diisi.');
  });
});

describe('validateAnswers: required', () => {
  it('treats missing, empty, blank, null and empty lists as no answer', () => {
    for (const value of [undefined, '', '   ', null]) {
      const e = only({ nama: value });
      assert.equal(e.code, 'required');
      assert.equal(e.pointer, '/answers/nama');
      assert.equal(e.message, 'Nama lengkap wajib diisi.');
      assert.deepEqual(e.params, { label: 'Nama lengkap' });
    }
    assert.equal(only({ kelurahan: undefined }).code, 'required');
    assert.equal(only({ pengantar: '' }).code, 'required');
  });
  it('needs a required single checkbox ticked', () => {
    const e = only({ setuju: false });
    assert.deepEqual([e.pointer, e.code], ['/answers/setuju', 'required']);
    assert.equal(only({ setuju: undefined }).code, 'required');
  });
  it('needs at least one choice for a required multiple checkbox', () => {
    const def: FormDefinition = {
      steps: [{ id: 's', title: { id: 'S' }, fields: [{ ...(definition.steps[1]?.fields[6] as FormField), required: true }] }],
    };
    assert.deepEqual(brief(validateAnswers(def, { bantuan: [] })), ['/answers/bantuan required']);
  });
  it('speaks English when asked, with the English label', () => {
    const e = only({ nama: '' }, { locale: 'en' });
    assert.equal(e.message, 'Full name is required.');
    // A label without English falls back to Indonesian.
    assert.equal(only({ kelurahan: '' }, { locale: 'en' }).message, 'Kelurahan is required.');
  });
});

describe('validateAnswers: JSON types', () => {
  it('refuses a value of the wrong type', () => {
    const cases: Array<[string, unknown]> = [
      ['nama', 42],
      ['catatan', ['a']],
      ['nik', 3571014512900003],
      ['no_kk', true],
      ['telepon', 81234567890],
      ['email', {}],
      ['jumlah_anak', 'dua'],
      ['jumlah_anak', true],
      ['tanggal_lahir', 19901205],
      ['kelurahan', ['bandar-lor']],
      ['jenis_kelamin', 1],
      ['bantuan', 'pkh'],
      ['bantuan', [1, 2]],
      ['setuju', 'true'],
      ['setuju', ['yes']],
      ['pengantar', 7],
    ];
    for (const [name, value] of cases) {
      const e = only({ [name]: value });
      assert.equal(`${e.pointer} ${e.code}`, `/answers/${name} type`, `${name}=${JSON.stringify(value)}`);
    }
  });
});

describe('validateAnswers: text rules', () => {
  it('counts length in code points', () => {
    assert.deepEqual(validate({ catatan: '😀😀😀😀😀' }), []);
    const e = only({ catatan: '😀😀😀😀😀😀' });
    assert.equal(e.code, 'too_long');
    assert.deepEqual(e.params, { label: 'Catatan', max: 5 });
    assert.equal(e.message, 'Catatan paling banyak 5 karakter.');
    const short = only({ nama: 'Al' });
    assert.equal(short.code, 'too_short');
    assert.deepEqual(short.params, { label: 'Nama lengkap', min: 3 });
    assert.equal(only({ nama: 'A'.repeat(41) }).code, 'too_long');
  });
  it('matches the whole answer against the pattern, Unicode-aware', () => {
    assert.deepEqual(validate({ nama: 'Ñoño Žižek' }), []);
    const e = only({ nama: 'Siti 123' });
    assert.equal(e.code, 'pattern');
    assert.equal(e.message, 'Nama hanya boleh berisi huruf.');
    assert.equal(only({ nama: 'Siti 123' }, { locale: 'en' }).message, 'Use letters only.');
    // Anchored: "abc" must be the whole answer.
    assert.deepEqual(validate({ kode: 'abc' }), []);
    const anchored = only({ kode: 'xabcx' });
    assert.equal(anchored.code, 'pattern');
    assert.equal(anchored.message, 'Format Kode tidak sesuai.');
  });
  it('trims before checking', () => {
    assert.deepEqual(validate({ nama: '   Siti   ' }), []);
  });
});

describe('validateAnswers: numbers', () => {
  it('checks integer, min and max', () => {
    assert.deepEqual(validate({ jumlah_anak: 0 }), []);
    assert.deepEqual(validate({ jumlah_anak: '20' }), []);
    assert.equal(only({ jumlah_anak: 2.5 }).code, 'not_integer');
    const small = only({ jumlah_anak: -1 });
    assert.deepEqual([small.code, small.params], ['too_small', { label: 'Jumlah anak', min: 0 }]);
    const large = only({ jumlah_anak: 21 });
    assert.deepEqual([large.code, large.params], ['too_large', { label: 'Jumlah anak', max: 20 }]);
    assert.equal(only({ penghasilan: 0.4 }).message, 'Penghasilan paling kecil 0,5.');
    assert.equal(only({ penghasilan: 20_000_000 }).message, 'Penghasilan paling besar 10.000.000.');
    assert.equal(only({ penghasilan: 20_000_000 }, { locale: 'en' }).message, 'Penghasilan must be 10,000,000 or less.');
    assert.equal(only({ penghasilan: '12abc' }).code, 'type');
  });
});

describe('validateAnswers: dates', () => {
  it('needs a real YYYY-MM-DD date', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '05-12-1990', '1990-12-5', 'kemarin']) {
      assert.equal(only({ tanggal_lahir: bad }).code, 'date.invalid', bad);
    }
    assert.deepEqual(validate({ tanggal_lahir: '2024-02-29' }), []);
  });
  it('checks minDate and maxDate, including today', () => {
    const early = only({ tanggal_lahir: '1899-12-31' });
    assert.deepEqual([early.code, early.params], ['date.too_early', { label: 'Tanggal lahir', min: '1900-01-01' }]);
    assert.equal(early.message, 'Tanggal lahir tidak boleh sebelum 1 Januari 1900.');
    assert.deepEqual(validate({ tanggal_lahir: '2026-06-15' }), []);
    const late = only({ tanggal_lahir: '2026-06-16' });
    assert.deepEqual([late.code, late.params], ['date.too_late', { label: 'Tanggal lahir', max: '2026-06-15' }]);
    assert.equal(late.message, 'Tanggal lahir tidak boleh setelah 15 Juni 2026.');
    assert.equal(only({ tanggal_acara: '2026-06-14' }).code, 'date.too_early');
    assert.deepEqual(validate({ tanggal_acara: '2026-06-15' }), []);
  });
});

describe('validateAnswers: choices', () => {
  it('accepts only listed options', () => {
    assert.equal(only({ kelurahan: 'pesantren' }).code, 'option.invalid');
    assert.equal(only({ jenis_kelamin: 'x' }).code, 'option.invalid');
    assert.equal(only({ bantuan: ['pkh', 'blt'] }).code, 'option.invalid');
    assert.deepEqual(validate({ bantuan: ['bpnt'] }), []);
    assert.deepEqual(validate({ setuju: true }), []);
  });
  it('lets an optional single checkbox stay unticked', () => {
    const def: FormDefinition = {
      steps: [{ id: 's', title: { id: 'S' }, fields: [{ name: 'kabari', type: 'checkbox', label: { id: 'Kabari saya' } }] }],
    };
    assert.deepEqual(validateAnswers(def, { kabari: false }), []);
    assert.deepEqual(validateAnswers(def, {}), []);
  });
});

describe('validateAnswers: contact and identity fields', () => {
  it('checks email', () => {
    const e = only({ email: 'siti@' });
    assert.equal(e.code, 'email.invalid');
    assert.equal(e.pointer, '/answers/email');
  });
  it('checks phone numbers after normalising them', () => {
    assert.deepEqual(validate({ telepon: '+62 812 3456 7890' }), []);
    assert.deepEqual(validate({ telepon: '(0354) 682955' }), []);
    assert.equal(only({ telepon: '0812' }).code, 'tel.invalid');
    assert.equal(only({ telepon: '+62 0812 3456 7890' }).code, 'tel.invalid');
  });
  it('gives the NIK codes', () => {
    const cases: Array<[string, string]> = [
      ['357101451290000', 'nik.format'],
      ['0071014512900003', 'nik.province'],
      ['3571014513900003', 'nik.month'],
      ['3571013512900003', 'nik.day'],
      ['3571013104900003', 'nik.date'],
      ['3571014512900000', 'nik.serial'],
    ];
    for (const [value, code] of cases) assert.equal(only({ nik: value }).code, code, value);
    assert.equal(only({ nik: '3571013104900003' }).message, 'Tanggal lahir pada NIK tidak ada dalam kalender.');
  });
  it('gives the KK codes', () => {
    const cases: Array<[string, string]> = [
      ['35710112031800', 'kk.format'],
      ['9971011203180004', 'kk.province'],
      ['3571013002180004', 'kk.date'],
      ['3571011203180000', 'kk.serial'],
    ];
    for (const [value, code] of cases) assert.equal(only({ no_kk: value }).code, code, value);
  });
});

describe('validateAnswers: files', () => {
  it('checks the upload id, then what the server knows about it', () => {
    assert.equal(only({ pengantar: 'not-a-uuid' }).code, 'file.invalid');
    assert.equal(only({ pengantar: '9f8c2a8e-6a4c-4b57-9a0e-2c1d3b4a5f69' }).code, 'file.not_found');
    const type = only({ pengantar: PNG_ID });
    assert.deepEqual([type.code, type.params], ['file.type', { label: 'Surat pengantar RT/RW', accept: 'PDF, JPEG' }]);
    assert.equal(type.message, 'Dokumen Surat pengantar RT/RW harus berformat PDF, JPEG.');
    const big = only({ pengantar: BIG_ID });
    assert.deepEqual([big.code, big.params], ['file.too_large', { label: 'Surat pengantar RT/RW', maxMb: 2 }]);
    assert.equal(big.message, 'Ukuran dokumen Surat pengantar RT/RW paling besar 2 MB.');
    assert.equal(only({ pengantar: BIG_ID }, { locale: 'en' }).message, 'The document for RT/RW cover letter must be 2 MB or smaller.');
  });
});

describe('validateAnswers: unknown fields, pointers and steps', () => {
  it('reports answers the definition does not ask for, escaping the pointer', () => {
    const errors = validate({ alamat_lama: 'x', 'a/b~c': 1 });
    assert.deepEqual(brief(errors), ['/answers/alamat_lama unknown_field', '/answers/a~1b~0c unknown_field']);
    assert.equal(errors[0]?.message, 'Isian alamat_lama tidak ada dalam formulir ini.');
    assert.deepEqual(errors[1]?.params, { field: 'a/b~c' });
  });
  it('uses the base pointer', () => {
    assert.deepEqual(brief(validate({ nama: '' }, { basePointer: '' })), ['/nama required']);
    assert.deepEqual(brief(validate({ nama: '', x: 1 }, { basePointer: '/data/answers' })), [
      '/data/answers/nama required',
      '/data/answers/x unknown_field',
    ]);
  });
  it('validates only the requested steps, but still knows every field', () => {
    const answers = { nama: 'Siti Rahmawati', kelurahan: 'nowhere', extra: 1 } as Answers;
    assert.deepEqual(brief(validateAnswers(definition, answers, { ...base, steps: ['identitas'] })), [
      '/answers/nik required',
      '/answers/extra unknown_field',
    ]);
    assert.deepEqual(brief(validateAnswers(definition, answers, { ...base, steps: ['dokumen'] })), [
      '/answers/pengantar required',
      '/answers/extra unknown_field',
    ]);
    assert.deepEqual(brief(validateAnswers(definition, answers, { ...base, steps: [] })), ['/answers/extra unknown_field']);
    assert.deepEqual(brief(validateAnswers(definition, answers, { ...base, steps: ['identitas', 'rincian'] })), [
      '/answers/nik required',
      '/answers/kelurahan option.invalid',
      '/answers/setuju required',
      '/answers/extra unknown_field',
    ]);
  });
  it('reports every field in trouble, in form order', () => {
    const errors = validateAnswers(definition, {} as Answers, base);
    assert.deepEqual(brief(errors), [
      '/answers/nama required',
      '/answers/nik required',
      '/answers/kelurahan required',
      '/answers/setuju required',
      '/answers/pengantar required',
    ]);
    assertWellFormed(errors);
  });
  it('reads own answers only', () => {
    const def: FormDefinition = {
      steps: [{ id: 's', title: { id: 'S' }, fields: [{ name: 'constructor', type: 'text', label: { id: 'C' }, required: true }] }],
    };
    assert.deepEqual(brief(validateAnswers(def, {})), ['/answers/constructor required']);
    const hostile = JSON.parse('{"__proto__": "x", "toString": "y"}') as Answers;
    assert.deepEqual(brief(validateAnswers(def, hostile)), [
      '/answers/constructor required',
      '/answers/__proto__ unknown_field',
      '/answers/toString unknown_field',
    ]);
  });
});

describe('validateAnswers: hostile definitions', () => {
  it('skips fields of unknown types (and their answers are not unknown)', () => {
    const def = {
      steps: [{ id: 's', title: { id: 'S' }, fields: [{ name: 'lokasi', type: 'map_point', label: { id: 'Lokasi' }, required: true }] }],
    } as FormDefinition;
    assert.deepEqual(validateAnswers(def, {}), []);
    assert.deepEqual(validateAnswers(def, { lokasi: '1,2' }), []);
    assert.equal(validateField(def.steps[0]?.fields[0] as FormField, undefined), null);
  });
  it('shows markup in labels as text and keeps messages within the contract\'s limits', () => {
    const def: FormDefinition = {
      steps: [
        {
          id: 's',
          title: { id: 'S' },
          fields: [
            { name: 'a', type: 'text', label: { id: '<script>alert(1)</script>' }, required: true },
            { name: 'b', type: 'text', label: { id: `Baris\nbaru\t${'x'.repeat(3000)}` }, required: true },
            { name: 'c', type: 'text', label: { id: 'C' }, pattern: '\\d+', patternMessage: { id: `Angka\n${'y'.repeat(3000)}` } },
          ],
        },
      ],
    };
    const errors = validateAnswers(def, { c: 'abc' });
    assert.equal(errors[0]?.message, '<script>alert(1)</script> wajib diisi.');
    assert.match(errors[1]?.message ?? '', /^Baris baru x+…/);
    assertWellFormed(errors);
  });
  it('copes with 10 000 options', () => {
    const options = Array.from({ length: 10_000 }, (_, i) => ({ value: `opsi-${i}`, label: { id: `Opsi ${i}` } }));
    const def: FormDefinition = {
      steps: [
        {
          id: 's',
          title: { id: 'S' },
          fields: [
            { name: 'satu', type: 'select', label: { id: 'Satu' }, options },
            { name: 'banyak', type: 'checkbox', label: { id: 'Banyak' }, options },
          ],
        },
      ],
    };
    assert.deepEqual(validateFormDefinition(def), []);
    const many = Array.from({ length: 500 }, (_, i) => `opsi-${i * 20}`);
    assert.deepEqual(validateAnswers(def, { satu: 'opsi-9999', banyak: many }), []);
    assert.deepEqual(brief(validateAnswers(def, { satu: 'opsi-10000', banyak: [...many, 'x'] })), [
      '/answers/satu option.invalid',
      '/answers/banyak option.invalid',
    ]);
  });
  it('never throws on garbage', () => {
    const garbage: unknown[] = [
      null,
      undefined,
      42,
      'form',
      [],
      {},
      { steps: 'x' },
      { steps: [null, 1, { fields: 'x' }, { id: 's', fields: [null, 5, { name: 1 }, { name: 'ok', type: 'text' }] }] },
      { steps: [{ id: 's', fields: [{ name: 'o', type: 'select', options: [null, 'x', { value: 1 }] }] }] },
    ];
    for (const def of garbage) {
      validateFormDefinition(def as FormDefinition);
      validateAnswers(def as FormDefinition, { ok: 'x', o: 'x' });
      validateAnswers(def as FormDefinition, null as unknown as Answers);
      normalizeAnswers(def as FormDefinition, { ok: ' x ' });
    }
    assert.deepEqual(brief(validateAnswers({} as FormDefinition, { a: 'x' })), ['/answers/a unknown_field']);
  });
});

describe('validateFormDefinition', () => {
  it('accepts a sound definition', () => {
    assert.deepEqual(validateFormDefinition(definition), []);
  });
  it('reports unknown types, duplicates, missing options and bad patterns, pointing at the field', () => {
    const def = {
      steps: [
        {
          id: 'satu',
          title: { id: 'Satu' },
          fields: [
            { name: 'a', type: 'text', label: { id: 'A' } },
            { name: 'lokasi', type: 'map_point', label: { id: 'Lokasi' } },
            { name: 'pilih', type: 'select', label: { id: 'Pilih' } },
            { name: 'radio', type: 'radio', label: { id: 'Radio' }, options: [] },
            { name: 'centang', type: 'checkbox', label: { id: 'Centang' } },
          ],
        },
        {
          id: 'satu',
          title: { id: 'Dua' },
          fields: [
            { name: 'a', type: 'text', label: { id: 'A lagi' } },
            { name: 'p1', type: 'text', label: { id: 'P1' }, pattern: '(' },
            { name: 'p2', type: 'text', label: { id: 'P2' }, pattern: '\\-' }, // invalid with the u flag
            { name: 'p3', type: 'text', label: { id: 'P3' }, pattern: 'a)|(b' }, // would escape the anchors
            { name: 'p4', type: 'text', label: { id: 'P4' }, pattern: '\\p{Lu}[a-z]*' },
          ],
        },
      ],
    } as FormDefinition;
    const problems = validateFormDefinition(def);
    assert.deepEqual(brief(problems), [
      '/steps/0/fields/1 definition.unknown_type',
      '/steps/0/fields/2 definition.options_missing',
      '/steps/0/fields/3 definition.options_missing',
      '/steps/1 definition.duplicate_name',
      '/steps/1/fields/0 definition.duplicate_name',
      '/steps/1/fields/1/pattern definition.bad_pattern',
      '/steps/1/fields/2/pattern definition.bad_pattern',
      '/steps/1/fields/3/pattern definition.bad_pattern',
    ]);
    assert.equal(problems[0]?.message, 'Jenis isian "map_point" pada lokasi tidak dikenal.');
    assert.deepEqual(problems[0]?.params, { field: 'lokasi', type: 'map_point' });
    assertWellFormed(problems);
    assert.equal(validateFormDefinition(def, { locale: 'en' })[3]?.message, 'The name satu is used more than once.');
    assert.equal(validateFormDefinition(def, { basePointer: '/form' })[0]?.pointer, '/form/steps/0/fields/1');
  });
  it('ignores a bad pattern when validating answers (the definition check reports it)', () => {
    const def: FormDefinition = { steps: [{ id: 's', title: { id: 'S' }, fields: [{ name: 'p', type: 'text', label: { id: 'P' }, pattern: '(' }] }] };
    assert.deepEqual(validateAnswers(def, { p: 'anything' }), []);
  });
  it('reports structure it cannot read', () => {
    assert.deepEqual(brief(validateFormDefinition(null as unknown as FormDefinition)), [' definition.invalid']);
    const def = { steps: [null, { id: 's', fields: [null, { type: 'text' }] }] } as unknown as FormDefinition;
    assert.deepEqual(brief(validateFormDefinition(def)), [
      '/steps/0 definition.invalid',
      '/steps/1/fields/0 definition.invalid',
      '/steps/1/fields/1 definition.invalid',
    ]);
  });
});

describe('normalizeAnswer', () => {
  const field = (type: string) => ({ type }) as FormField;
  it('trims text and keeps digits of NIK and KK', () => {
    assert.equal(normalizeAnswer(field('text'), '  Siti  '), 'Siti');
    assert.equal(normalizeAnswer(field('textarea'), '\n Jl. Dhoho \n'), 'Jl. Dhoho');
    assert.equal(normalizeAnswer(field('email'), ' siti@example.id '), 'siti@example.id');
    assert.equal(normalizeAnswer(field('nik'), ' 3571 0145-1290.0003 '), '3571014512900003');
    assert.equal(normalizeAnswer(field('kk'), '3571 0112 0318 0004'), '3571011203180004');
  });
  it('writes valid phone numbers as E.164 and leaves invalid ones for the validator', () => {
    assert.equal(normalizeAnswer(field('tel'), '0812-3456-7890'), '+6281234567890');
    assert.equal(normalizeAnswer(field('tel'), ' 0812 '), '0812');
  });
  it('parses numeric strings', () => {
    assert.equal(normalizeAnswer(field('number'), ' 12 '), 12);
    assert.equal(normalizeAnswer(field('number'), '-1.5'), -1.5);
    assert.equal(normalizeAnswer(field('number'), ''), '');
    assert.equal(normalizeAnswer(field('number'), '1e3'), '1e3');
    assert.equal(normalizeAnswer(field('number'), '1.000,5'), '1.000,5');
  });
  it('leaves other values and unknown types alone', () => {
    assert.equal(normalizeAnswer(field('number'), 7), 7);
    assert.deepEqual(normalizeAnswer(field('checkbox'), ['a']), ['a']);
    assert.equal(normalizeAnswer(field('checkbox'), true), true);
    assert.equal(normalizeAnswer(field('map_point'), ' 1,2 '), ' 1,2 ');
    assert.equal(normalizeAnswer(field('text'), undefined), undefined);
  });
  it('normalises a whole set of answers', () => {
    const out = normalizeAnswers(definition, { nama: ' Siti ', nik: '3571 0145 1290 0003', penghasilan: '10', lain: ' x ' });
    assert.deepEqual(out, { nama: 'Siti', nik: '3571014512900003', penghasilan: 10, lain: ' x ' });
    const hostile = normalizeAnswers(definition, JSON.parse('{"__proto__": " x "}') as Answers);
    assert.ok(Object.hasOwn(hostile, '__proto__'));
    assert.equal(Object.getPrototypeOf(hostile), Object.prototype);
  });
});

describe('validateField and helpers', () => {
  it('validates one field as the citizen leaves it', () => {
    const nik = definition.steps[0]?.fields[3] as FormField;
    assert.equal(validateField(nik, '3571 0145 1290 0003', { today: '2026-06-15' }), null);
    assert.deepEqual(validateField(nik, '123', { locale: 'en' }), {
      pointer: '/answers/nik',
      code: 'nik.format',
      message: 'NIK must be 16 digits.',
      params: { label: 'NIK' },
    });
  });
  it('escapes pointer segments', () => {
    assert.equal(escapePointer('a/b~c'), 'a~1b~0c');
    assert.equal(escapePointer('~1'), '~01');
  });
  it('knows the field types of the contract', () => {
    assert.deepEqual(fieldTypes, ['text', 'textarea', 'number', 'date', 'select', 'radio', 'checkbox', 'email', 'tel', 'nik', 'kk', 'file', 'group', 'content']);
    assert.equal(isKnownFieldType('nik'), true);
    assert.equal(isKnownFieldType('toString'), false);
    assert.equal(isKnownFieldType(undefined), false);
  });
});

describe('revisions: masked answers and keep', () => {
  const stored: Answers = { nama: 'Siti Rahmawati', nik: '3571014512900003', no_kk: '3571010101200002', jumlah: 2 };
  it('masks the NIK and No. KK answers, and only those', () => {
    assert.deepEqual(definition.steps.flatMap((step) => step.fields.filter(isMaskedField).map((field) => field.name)), ['nik', 'no_kk']);
    assert.deepEqual(maskAnswers(definition, stored), { ...stored, nik: '3571********0003', no_kk: '3571********0002' });
    assert.equal(stored.nik, '3571014512900003', 'a copy');
  });
  it('keeps the stored answers of the kept fields, and replaces the rest with the answers given', () => {
    const { answers, errors } = reviseAnswers(definition, { answers: stored }, { answers: { nama: 'Siti R.' }, keep: ['nik', 'no_kk'] });
    assert.deepEqual(errors, []);
    assert.deepEqual(answers, { nama: 'Siti R.', nik: '3571014512900003', no_kk: '3571010101200002' });
    // A kept field without a stored answer stays unanswered.
    assert.deepEqual(reviseAnswers(definition, { answers: { nama: 'A' } }, { answers: {}, keep: ['nik'] }).answers, {});
  });
  it('refuses a kept name also answered, or not in the form, pointing into keep', () => {
    const { errors } = reviseAnswers(definition, { answers: stored }, { answers: { nik: '3571014512900003' }, keep: ['no_kk', 'nik', 'toString'] }, { locale: 'en' });
    assertWellFormed(errors);
    assert.deepEqual(brief(errors), ['/keep/1 keep.answered', '/keep/2 unknown_field']);
    assert.equal(errors[0]!.message, 'NIK is answered and also asked to stay as it was; choose one.');
  });
  it('lets the validator take an unanswered kept field as answered, and still judge one typed again', () => {
    const answers = { ...valid };
    delete (answers as Record<string, unknown>).nik;
    assert.deepEqual(brief(validateAnswers(definition, answers, { ...base })), ['/answers/nik required']);
    assert.deepEqual(validateAnswers(definition, answers, { ...base, keep: ['nik'] }), []);
    assert.deepEqual(brief(validateAnswers(definition, { ...answers, nik: '3571********0003' }, { ...base, keep: ['nik'] })), ['/answers/nik nik.format']);
  });
});
