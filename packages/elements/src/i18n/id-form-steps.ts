import { addStrings } from './i18n.ts';

/**
 * Bahasa Indonesia for the pages of questions of `<padu-service-form>`, its check-answers page and its
 * confirmation. They come with the field controls (service-form/steps.ts), which the form fetches once it shows a
 * service and waits for before it shows a page of questions. English is in `en.ts`.
 */
export const idFormSteps = {
  fileWait: 'Tunggu sampai unggahan {label} selesai.',
  formBack: 'Kembali',
  formContinue: 'Lanjutkan',
  formStepOf: 'Langkah {current} dari {total}',
  formErrorSummary: 'Ada masalah',
  formCheckHeading: 'Periksa jawaban Anda',
  formChange: 'Ubah',
  formNotAnswered: 'Tidak diisi',
  formKept: 'tidak diubah',
  formKeptHint: 'Tersimpan: {value}. Biarkan kosong agar tetap, atau ketik nomor baru.',
  formPrefilled: 'Diisi dari akun Anda.',
  formPrefilledNik: 'Diisi otomatis dari akun Anda: {value}. Biarkan kosong, atau ketik nomor lain.',
  formItem: '{item} {number}',
  formItemAdd: 'Tambah {item}',
  formItemRemove: 'Hapus {item} {number}',
  formItemAdded: '{item} {number} ditambahkan.',
  formItemRemoved: '{item} {number} dihapus.',
  formItemMax: 'Paling banyak {max} {item}.',
  formNoItems: 'Belum ada {item}.',
  formYes: 'Ya',
  formNo: 'Tidak',
  formSubmit: 'Ajukan permohonan',
  formResubmit: 'Ajukan perbaikan',
  formSubmitting: 'Mengirim…',
  formSubmitConflict: 'Permohonan ini mungkin sudah tercatat. Periksa daftar permohonan Anda; bila belum ada, ajukan sekali lagi.',
  formForbidden: 'Akun ini tidak dapat mengajukan layanan ini.',
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

/** A key of these strings. */
export type FormStepsStringKey = keyof typeof idFormSteps;

addStrings(idFormSteps);
