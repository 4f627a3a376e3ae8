import { addStrings } from './i18n.ts';

/**
 * Bahasa Indonesia for `<padu-service-form>` until it shows a page of questions: the Standar Pelayanan, the
 * data-protection notice, logging in and why it cannot go on. Imported by its module, so it travels with the
 * form's code (its chunk of the CDN bundle). The strings of the pages of questions, the check-answers page and
 * the confirmation are `id-form-steps.ts`, which come with the field controls; English is in `en.ts`.
 */
export const idForm = {
  formStart: 'Mulai',
  formProcedure: 'Prosedur',
  formLegalBasis: 'Dasar hukum',
  formPrivacy: 'Pelindungan data pribadi',
  formPurpose: 'Tujuan pengumpulan data',
  formLawfulBasis: 'Dasar pemrosesan',
  formRetention: 'Masa penyimpanan',
  formController: 'Pengendali data',
  formSensitive: 'Data pribadi spesifik yang dikumpulkan',
  formUnverified:
    'Akun Anda belum terverifikasi, sehingga belum dapat mengajukan layanan ini. Untuk verifikasi, bawa KTP-el ke kantor OPD mana pun, misalnya Disdukcapil atau kantor kelurahan, lalu masuk kembali.',
  formLoginHeading: 'Masuk untuk melanjutkan',
  formLoginIntro: 'Masuk agar permohonan tercatat atas nama Anda. Isian Anda tetap tersimpan.',
  formSessionEnded: 'Sesi Anda berakhir. Masuk kembali untuk melanjutkan; isian Anda tetap tersimpan.',
  formNotFound: 'Layanan atau permohonan tidak ditemukan.',
  formNotRevisable: 'Permohonan {code} berstatus {status}, sehingga tidak dapat diperbaiki sekarang.',
};

/** A key of the form's strings. */
export type FormStringKey = keyof typeof idForm;

addStrings(idForm);
