import { addStrings } from './i18n.ts';

/**
 * Bahasa Indonesia for `<padu-service-catalogue>` and the Standar Pelayanan it shows (which the application form shows too). Imported by its module, so it travels with that element's code (its chunk of the
 * CDN bundle) and adds itself to the Indonesian catalogue when the element loads. English is in `en.ts`.
 */
export const idCatalogue = {
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
};

/** A key of these strings. */
export type CatalogueStringKey = keyof typeof idCatalogue;

addStrings(idCatalogue);
