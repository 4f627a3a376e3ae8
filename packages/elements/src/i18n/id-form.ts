import { addStrings } from './i18n.ts';

/**
 * Bahasa Indonesia for `<padu-service-form>`. Imported by its module, so it travels with the form's code (its
 * chunk of the CDN bundle) and adds itself to the Indonesian catalogue when the form loads. The field controls'
 * strings are `id-fields.ts`; English is in `en.ts`.
 */
export const idForm = {
  fileWait: 'Tunggu sampai unggahan {label} selesai.',
  formStart: 'Mulai',
  formBack: 'Kembali',
  formContinue: 'Lanjutkan',
  formStepOf: 'Langkah {current} dari {total}',
  formErrorSummary: 'Ada masalah',
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
  formCheckHeading: 'Periksa jawaban Anda',
  formChange: 'Ubah',
  formNotAnswered: 'Tidak diisi',
  formRefill: 'Perlu diisi ulang',
  formRefillNote: 'Demi keamanan, NIK dan nomor KK tidak ditampilkan ulang. Isi kembali isian yang bertanda "Perlu diisi ulang".',
  formYes: 'Ya',
  formNo: 'Tidak',
  formSubmit: 'Ajukan permohonan',
  formResubmit: 'Ajukan perbaikan',
  formSubmitting: 'Mengirim…',
  formSubmitConflict: 'Permohonan ini mungkin sudah tercatat. Periksa daftar permohonan Anda; bila belum ada, ajukan sekali lagi.',
  formForbidden: 'Akun ini tidak dapat mengajukan layanan ini.',
  formNotFound: 'Layanan atau permohonan tidak ditemukan.',
  formNotRevisable: 'Permohonan {code} berstatus {status}, sehingga tidak dapat diperbaiki sekarang.',
  formRevisionIntro: 'Petugas mengembalikan permohonan {code} untuk diperbaiki. Ubah isian yang diminta, lalu ajukan perbaikan.',
  formUnknownType: 'Jenis isian tidak dikenal: {type}. Isian ini belum dapat diisi di sini.',
  formDone: 'Permohonan terkirim',
  formResubmitted: 'Perbaikan terkirim',
  formCopy: 'Salin kode',
  formCopied: 'Kode pelacakan disalin.',
  formCopyManual: 'Kode tidak dapat disalin otomatis. Kode sudah ditandai; salin atau catat kode ini.',
  formPrint: 'Cetak bukti pengajuan',
  formDue: 'Perkiraan selesai {date}: {timeFrame} sejak berkas lengkap.',
  formDueUnknown: 'Jangka waktu penyelesaian {timeFrame} sejak berkas lengkap.',
  formNext: 'Apa yang terjadi selanjutnya',
  formNextText: 'Petugas akan memeriksa permohonan Anda. Bila ada yang perlu diperbaiki, permohonan dikembalikan dengan catatan.',
  formTrack: 'Lacak permohonan',
  formReceipt: 'Bukti pengajuan',
  formService: 'Layanan',
  formSubmittedAt: 'Diajukan',
  formOfficerNote: 'Catatan petugas',
};

/** A key of the form's strings. */
export type FormStringKey = keyof typeof idForm;

addStrings(idForm);
