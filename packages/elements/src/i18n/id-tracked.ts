import { addStrings } from './i18n.ts';

/**
 * Bahasa Indonesia for how `<padu-status-tracker>` draws a tracked application (summary, steps, timeline). It
 * travels with that view (status-tracker/tracked-view.ts), which the tracker imports with its first read. English
 * is in `en.ts`.
 */
export const idTracked = {
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
  actorCitizen: 'Pemohon',
  actorOfficer: 'Petugas',
  actorSystem: 'Sistem',
};

/** A key of these strings. */
export type TrackedStringKey = keyof typeof idTracked;

addStrings(idTracked);
