import { addStrings } from './i18n.ts';

/**
 * Bahasa Indonesia for `<padu-login>`. Imported by its module, so it travels with that element's code (its chunk of the
 * CDN bundle) and adds itself to the Indonesian catalogue when the element loads. English is in `en.ts`.
 */
export const idLogin = {
  loginMethod: 'Masuk dengan',
  loginNik: 'NIK',
  loginNikHint: '16 angka, tertera di KTP-el Anda.',
  loginEmail: 'Alamat email',
  loginPassword: 'Kata sandi',
  loginSubmit: 'Masuk',
  loginSubmitting: 'Sedang masuk…',
  loginWait: 'Tunggu {seconds} detik',
  loginInvalid: 'NIK/email atau kata sandi salah. Periksa kembali, lalu coba lagi.',
  loginDisabled: 'Akun ini dinonaktifkan.',
  loginLocked: 'Terlalu banyak percobaan masuk. Demi keamanan akun Anda, coba lagi dalam {seconds} detik.',
  loginUnlocked: 'Anda dapat mencoba masuk lagi.',
  loginLoggedOut: 'Anda sudah keluar.',
};

/** A key of these strings. */
export type LoginStringKey = keyof typeof idLogin;

addStrings(idLogin);
