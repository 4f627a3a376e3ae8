/**
 * Bahasa Indonesia: the default language (Perpres 63/2019 Pasal 25). Formal, plain register: "Anda", short
 * sentences, verbs on buttons. Status labels and validation messages are not here: they come from
 * `@padu/contract`, so the gateway and the elements say the same thing.
 *
 * `{name}` placeholders are filled by `translate()`. These are the strings every element may say; each element's
 * own are in `id-<element>.ts`, which comes with its code (its chunk of the CDN bundle), so a page downloads only
 * the strings of the elements it shows.
 */
import type { AppsStringKey } from './id-apps.ts';
import type { EditorStringKey } from './id-editor.ts';
import type { CatalogueStringKey } from './id-catalogue.ts';
import type { AccountStringKey } from './id-account.ts';
import type { FieldsStringKey } from './id-fields.ts';
import type { FormStringKey } from './id-form.ts';
import type { FormStepsStringKey } from './id-form-steps.ts';
import type { LoginStringKey } from './id-login.ts';
import type { TrackedStringKey } from './id-tracked.ts';
import type { TrackerStringKey } from './id-tracker.ts';

export const id = {
  loading: 'Memuat…',
  retry: 'Coba lagi',
  error: 'Kesalahan',
  optional: '(opsional)',
  errorNetwork: 'Tidak dapat terhubung ke server. Periksa koneksi internet Anda, lalu coba lagi.',
  errorGeneric: 'Terjadi kesalahan pada server. Silakan coba lagi beberapa saat lagi.',
  errorRateLimited: 'Terlalu banyak permintaan. Coba lagi dalam {seconds} detik.',
  passwordShow: 'Tampilkan',
  passwordHide: 'Sembunyikan',
  passwordShowLabel: 'Tampilkan kata sandi',
  passwordHideLabel: 'Sembunyikan kata sandi',
  passwordShown: 'Kata sandi Anda terlihat di layar.',
  passwordHidden: 'Kata sandi Anda tersembunyi.',
};

/** A key of the string catalogues: these, and each element's (`id-<element>.ts`). */
export type StringKey =
  | keyof typeof id
  | LoginStringKey
  | AccountStringKey
  | TrackerStringKey
  | TrackedStringKey
  | CatalogueStringKey
  | AppsStringKey
  | FormStringKey
  | FormStepsStringKey
  | FieldsStringKey
  | EditorStringKey;
