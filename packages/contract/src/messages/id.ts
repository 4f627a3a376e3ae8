import type { MessageCatalogue } from '../messages.ts';
import { idRequired } from './id-required.ts';

/**
 * The messages in Bahasa Indonesia, the default (Perpres 63/2019): formal and plain ("Anda", short sentences).
 * Always loaded: `formatMessage` falls back to these.
 */
export const id: MessageCatalogue = {
  required: idRequired,
  type: 'Isian {label} tidak valid.',
  too_short: '{label} paling sedikit {min} karakter.',
  too_long: '{label} paling banyak {max} karakter.',
  pattern: 'Format {label} tidak sesuai.',
  too_small: '{label} paling kecil {min}.',
  too_large: '{label} paling besar {max}.',
  not_integer: '{label} harus bilangan bulat.',
  'date.invalid': '{label} bukan tanggal yang valid.',
  'date.too_early': '{label} tidak boleh sebelum {min}.',
  'date.too_late': '{label} tidak boleh setelah {max}.',
  'option.invalid': 'Pilihan untuk {label} tidak tersedia. Pilih salah satu pilihan yang ada.',
  'email.invalid': '{label} bukan alamat email yang valid, contoh: nama@contoh.id.',
  'tel.invalid': '{label} bukan nomor telepon Indonesia yang valid, contoh: 0812 3456 7890.',
  'nik.format': '{label} harus terdiri atas 16 angka.',
  'nik.province': 'Kode provinsi pada {label} tidak dikenal.',
  'nik.month': 'Bulan lahir pada {label} tidak valid.',
  'nik.day': 'Tanggal lahir pada {label} tidak valid.',
  'nik.date': 'Tanggal lahir pada {label} tidak ada dalam kalender.',
  'nik.serial': 'Nomor urut pada {label} tidak valid.',
  'kk.format': '{label} harus terdiri atas 16 angka.',
  'kk.province': 'Kode provinsi pada {label} tidak dikenal.',
  'kk.date': 'Tanggal pencatatan pada {label} tidak valid.',
  'kk.serial': 'Nomor urut pada {label} tidak valid.',
  'file.invalid': 'Dokumen {label} tidak valid. Unggah ulang dokumen Anda.',
  'file.not_found': 'Dokumen {label} tidak ditemukan. Unggah ulang dokumen Anda.',
  'file.type': 'Dokumen {label} harus berformat {accept}.',
  'file.too_large': 'Ukuran dokumen {label} paling besar {maxMb} MB.',
  unknown_field: 'Isian {field} tidak ada dalam formulir ini.',
  'keep.answered': 'Isian {label} diisi dan juga diminta tetap seperti semula; pilih salah satu.',
  'definition.invalid': 'Definisi formulir tidak lengkap pada {field}.',
  'definition.unknown_type': 'Jenis isian "{type}" pada {field} tidak dikenal.',
  'definition.duplicate_name': 'Nama {field} dipakai lebih dari satu kali.',
  'definition.options_missing': 'Isian {field} belum memiliki pilihan.',
  'definition.bad_pattern': 'Pola (pattern) pada isian {field} tidak valid.',
  'transition.not_allowed': 'Permohonan berstatus {from} tidak dapat diubah menjadi {to}.',
  'transition.forbidden_role': 'Anda tidak berwenang mengubah status permohonan dari {from} menjadi {to}.',
  'transition.note_required': 'Catatan atau alasan wajib diisi untuk status {to}.',
  'calendar.year_missing': 'Kalender hari libur tahun {year} belum tersedia.',
};
