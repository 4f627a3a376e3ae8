import { addStrings } from './i18n.ts';

/**
 * Bahasa Indonesia for `<padu-status-tracker>` and its code form. Imported by its module, so it travels with that
 * element's code (its chunk of the CDN bundle) and adds itself to the Indonesian catalogue when the element
 * loads. The strings of how it draws a tracked application are `id-tracked.ts`; English is in `en.ts`.
 */
export const idTracker = {
  trackerCode: 'Kode pelacakan',
  trackerCodeHint: 'Contoh: DKC-7KQ4-M2XP. Kode ini ada pada bukti pengajuan Anda.',
  trackerCodeInvalid: 'Kode pelacakan terdiri atas 3 huruf dan 8 huruf atau angka, contoh: DKC-7KQ4-M2XP.',
  trackerSubmit: 'Lacak',
  trackerLoginRequired: 'Masuk untuk melihat status permohonan ini.',
  trackerNotFound: 'Permohonan dengan kode {code} tidak ditemukan. Periksa kembali kode pada bukti pengajuan Anda.',
  trackerChanged: 'Status permohonan {code} berubah menjadi {status}.',
  trackerReconnecting: 'Koneksi terputus. Mencoba menyambung kembali…',
};

/** A key of these strings. */
export type TrackerStringKey = keyof typeof idTracker;

addStrings(idTracker);
