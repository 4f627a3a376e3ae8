import { addStrings } from './i18n.ts';

/**
 * Bahasa Indonesia for the parts of `<padu-login>` that not every page shows: the signed-in panel, single sign-on
 * and the active devices ("Perangkat aktif"). They travel with those parts' code (a chunk of their own). English is
 * in `en.ts`.
 */
export const idAccount = {
  loginSignedInAs: 'Anda masuk sebagai',
  loginNikMasked: 'NIK',
  loginVerified: 'Akun terverifikasi',
  loginVerifiedHint: 'Anda dapat mengajukan semua layanan, termasuk yang mensyaratkan akun terverifikasi.',
  loginUnverified: 'Akun belum terverifikasi',
  loginUnverifiedHint:
    'Layanan yang mensyaratkan akun terverifikasi belum dapat Anda ajukan. Bawa KTP-el ke kantor OPD mana pun untuk verifikasi.',
  loginOfficer: 'Petugas',
  loginLogout: 'Keluar',
  loginDevices: 'Perangkat aktif',
  loginSsoName: 'Kota',
  loginSsoSubmit: 'Masuk dengan Akun {name}',
  loginSsoHint:
    'Anda akan dibawa ke halaman masuk resmi Akun {name}. Kata sandi hanya Anda ketik di sana, tidak pernah di situs ini.',
  loginSsoLeaving: 'Membuka halaman masuk…',
  loginSsoFailed: 'Halaman masuk Akun {name} tidak dapat dibuka. Periksa koneksi internet Anda, lalu coba lagi.',
  devicesUnknown: 'Perangkat tidak dikenal',
  devicesThis: 'Perangkat ini',
  devicesSite: 'Masuk di',
  devicesLastUsed: 'Terakhir dipakai',
  devicesEnd: 'Akhiri',
  devicesEnded: 'Sesi {device} sudah diakhiri.',
  devicesNone: 'Tidak ada sesi lain yang aktif.',
  devicesJustNow: 'baru saja',
};

/** A key of these strings. */
export type AccountStringKey = keyof typeof idAccount;

addStrings(idAccount);
