import { addStrings } from './i18n.ts';

/**
 * Bahasa Indonesia for the field controls the form draws besides text and NIK (choice, file, number, textarea,
 * KK). Imported by their modules, so it travels with their code (the CDN bundle's controls chunk). English is in
 * `en.ts`.
 */
export const idFields = {
  choicePick: 'Pilih salah satu',
  fileTypes: 'Jenis berkas: {types}.',
  fileMaxSize: 'Ukuran paling besar {size}.',
  fileChoose: 'Pilih berkas',
  fileReplace: 'Ganti berkas',
  fileRemove: 'Hapus berkas',
  fileCancel: 'Batalkan unggahan',
  fileUploading: 'Mengunggah {name}…',
  fileUploaded: '{name} selesai diunggah.',
  fileFailed: '{name} gagal diunggah. {reason}',
  fileDone: 'terunggah',
  fileRemoved: 'Berkas dihapus.',
};

/** A key of these strings. */
export type FieldsStringKey = keyof typeof idFields;

addStrings(idFields);
