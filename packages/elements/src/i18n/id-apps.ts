import { addStrings } from './i18n.ts';

/**
 * Bahasa Indonesia for `<padu-my-applications>`. Imported by its module, so it travels with that element's code (its chunk of the
 * CDN bundle) and adds itself to the Indonesian catalogue when the element loads. English is in `en.ts`.
 */
export const idApps = {
  appsLoggedOut: 'Masuk untuk melihat permohonan Anda.',
  appsEmpty: 'Anda belum memiliki permohonan.',
  appsCount: '{count} permohonan',
  appsActionNeeded: 'Perlu tindakan Anda',
  appsSubmittedAt: 'Diajukan',
  appsDueAt: 'Perkiraan selesai',
  appsDuePaused: 'Menunggu perbaikan',
  appsOpen: 'Lihat status',
  appsBack: 'Kembali ke daftar permohonan',
};

/** A key of these strings. */
export type AppsStringKey = keyof typeof idApps;

addStrings(idApps);
