/**
 * Bahasa Indonesia: the default language (Perpres 63/2019 Pasal 25). Formal, plain register: "Anda", short
 * sentences, verbs on buttons. Status labels and validation messages are not here: they come from
 * `@padu/contract`, so the gateway and the elements say the same thing.
 *
 * `{name}` placeholders are filled by `translate()`. The strings of the application form and its field controls
 * are in `id-form.ts`, which comes with their code (the CDN bundle's lazy form chunk), so pages without a form do
 * not download them.
 */
import type { FormStringKey } from './id-form.ts';

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

  loginMethod: 'Masuk dengan',
  loginNik: 'NIK',
  loginNikHint: '16 angka, tertera di KTP-el Anda.',
  loginEmail: 'Alamat email',
  loginPassword: 'Kata sandi',
  loginSubmit: 'Masuk',
  loginSubmitting: 'Sedang masuk…',
  loginWait: 'Tunggu {seconds} detik',
  loginInvalid: 'NIK/email atau kata sandi salah. Periksa kembali, lalu coba lagi.',
  loginLocked: 'Terlalu banyak percobaan masuk. Demi keamanan akun Anda, coba lagi dalam {seconds} detik.',
  loginUnlocked: 'Anda dapat mencoba masuk lagi.',
  loginSignedInAs: 'Anda masuk sebagai',
  loginNikMasked: 'NIK',
  loginVerified: 'Akun terverifikasi',
  loginVerifiedHint: 'Anda dapat mengajukan semua layanan, termasuk yang mensyaratkan akun terverifikasi.',
  loginUnverified: 'Akun belum terverifikasi',
  loginUnverifiedHint:
    'Layanan yang mensyaratkan akun terverifikasi belum dapat Anda ajukan. Bawa KTP-el ke kantor OPD mana pun untuk verifikasi.',
  loginOfficer: 'Petugas',
  loginLogout: 'Keluar',
  loginLoggedOut: 'Anda sudah keluar.',

  trackerCode: 'Kode pelacakan',
  trackerCodeHint: 'Contoh: DKC-7KQ4-M2XP. Kode ini ada pada bukti pengajuan Anda.',
  trackerCodeInvalid: 'Kode pelacakan terdiri atas 3 huruf dan 8 huruf atau angka, contoh: DKC-7KQ4-M2XP.',
  trackerSubmit: 'Lacak',
  trackerLoginRequired: 'Masuk untuk melihat status permohonan ini.',
  trackerNotFound: 'Permohonan dengan kode {code} tidak ditemukan. Periksa kembali kode pada bukti pengajuan Anda.',
  trackerAgency: 'Instansi',
  trackerStatus: 'Status',
  trackerSteps: 'Tahapan permohonan',
  trackerStepDone: 'selesai',
  trackerStepTodo: 'belum',
  trackerHistory: 'Riwayat',
  trackerTimeFrame: 'Jangka waktu',
  trackerDue: '{timeFrame} — perkiraan selesai {date}',
  trackerDuePaused: '{timeFrame} — waktu penyelesaian berhenti sampai permohonan Anda diperbaiki.',
  trackerDueUnknown: '{timeFrame} — perkiraan tanggal selesai belum dapat dihitung.',
  trackerRevisionTitle: 'Anda perlu memperbaiki permohonan ini',
  trackerRevise: 'Perbaiki permohonan',
  trackerRejectedTitle: 'Permohonan ini ditolak',
  trackerNote: 'Catatan petugas',
  trackerReason: 'Alasan',
  trackerLoginForNote: 'Masuk untuk melihat catatan petugas.',
  trackerChanged: 'Status permohonan {code} berubah menjadi {status}.',
  trackerReconnecting: 'Koneksi terputus. Mencoba menyambung kembali…',
  actorCitizen: 'Pemohon',
  actorOfficer: 'Petugas',
  actorSystem: 'Sistem',

  catalogueSearch: 'Cari layanan',
  catalogueSearchHint: 'Contoh: akta, domisili, SKTM',
  catalogueAgency: 'Instansi',
  catalogueAllAgencies: 'Semua instansi',
  catalogueCategory: 'Kategori',
  catalogueAllCategories: 'Semua kategori',
  catalogueCount: '{count} layanan ditampilkan.',
  catalogueCountMore: '{count} layanan ditampilkan. Masih ada layanan lain.',
  catalogueEmpty: 'Tidak ada layanan yang cocok. Coba kata lain atau hapus saringan.',
  catalogueMore: 'Muat lebih banyak',
  catalogueRequirements: 'Persyaratan',
  catalogueTimeFrame: 'Jangka waktu',
  catalogueSinceComplete: 'sejak berkas lengkap',
  catalogueFee: 'Biaya',
  catalogueFree: 'Gratis',
  catalogueLegalBasis: 'Dasar hukum: {basis}',
  catalogueProduct: 'Produk',
  catalogueComplaints: 'Pengaduan',
  catalogueSms: 'SMS {number}',
  catalogueVerifiedOnly: 'Hanya untuk akun terverifikasi',
  catalogueSelect: 'Ajukan permohonan',

  categoryKependudukan: 'Kependudukan',
  categoryPerizinan: 'Perizinan',
  categorySosial: 'Sosial',
  categoryKelurahan: 'Kelurahan',
  categoryKesehatan: 'Kesehatan',
  categoryPendidikan: 'Pendidikan',
  categoryLainnya: 'Lainnya',

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

/** A key of the string catalogues: these, and the application form's (`id-form.ts`). */
export type StringKey = keyof typeof id | FormStringKey;
