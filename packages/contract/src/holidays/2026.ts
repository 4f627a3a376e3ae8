/**
 * Indonesia's 2026 national holidays (libur nasional) and collective leave days (cuti bersama).
 * Data, not code: the SKB is revised from time to time, and a revision is a change to this list only.
 */

import type { HolidayYear } from '../calendar.ts';

const libur = 'libur_nasional';
const cuti = 'cuti_bersama';

/** 2026. */
export const holidays2026: HolidayYear = {
  year: 2026,
  source:
    'SKB 3 Menteri (Menteri Agama, Menteri Ketenagakerjaan, Menteri PANRB) tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026',
  days: [
    { date: '2026-01-01', kind: libur, name: { id: 'Tahun Baru 2026 Masehi', en: "New Year's Day" } },
    { date: '2026-01-16', kind: libur, name: { id: 'Isra Mikraj Nabi Muhammad SAW', en: "Isra Mi'raj of the Prophet Muhammad" } },
    { date: '2026-02-16', kind: cuti, name: { id: 'Cuti bersama Tahun Baru Imlek', en: 'Collective leave for Chinese New Year' } },
    { date: '2026-02-17', kind: libur, name: { id: 'Tahun Baru Imlek 2577 Kongzili', en: 'Chinese New Year 2577' } },
    { date: '2026-03-18', kind: cuti, name: { id: 'Cuti bersama Hari Suci Nyepi', en: 'Collective leave for Nyepi' } },
    { date: '2026-03-19', kind: libur, name: { id: 'Hari Suci Nyepi (Tahun Baru Saka 1948)', en: 'Nyepi, Day of Silence (Saka New Year 1948)' } },
    { date: '2026-03-20', kind: cuti, name: { id: 'Cuti bersama Idul Fitri 1447 H', en: 'Collective leave for Eid al-Fitr 1447 H' } },
    { date: '2026-03-21', kind: libur, name: { id: 'Idul Fitri 1447 H', en: 'Eid al-Fitr 1447 H' } },
    { date: '2026-03-22', kind: libur, name: { id: 'Idul Fitri 1447 H', en: 'Eid al-Fitr 1447 H' } },
    { date: '2026-03-23', kind: cuti, name: { id: 'Cuti bersama Idul Fitri 1447 H', en: 'Collective leave for Eid al-Fitr 1447 H' } },
    { date: '2026-03-24', kind: cuti, name: { id: 'Cuti bersama Idul Fitri 1447 H', en: 'Collective leave for Eid al-Fitr 1447 H' } },
    { date: '2026-04-03', kind: libur, name: { id: 'Wafat Yesus Kristus', en: 'Good Friday' } },
    { date: '2026-04-05', kind: libur, name: { id: 'Kebangkitan Yesus Kristus (Paskah)', en: 'Easter Sunday' } },
    { date: '2026-05-01', kind: libur, name: { id: 'Hari Buruh Internasional', en: 'Labour Day' } },
    { date: '2026-05-14', kind: libur, name: { id: 'Kenaikan Yesus Kristus', en: 'Ascension of Jesus Christ' } },
    { date: '2026-05-15', kind: cuti, name: { id: 'Cuti bersama Kenaikan Yesus Kristus', en: 'Collective leave for the Ascension' } },
    { date: '2026-05-27', kind: libur, name: { id: 'Idul Adha 1447 H', en: 'Eid al-Adha 1447 H' } },
    { date: '2026-05-28', kind: cuti, name: { id: 'Cuti bersama Idul Adha 1447 H', en: 'Collective leave for Eid al-Adha 1447 H' } },
    { date: '2026-05-31', kind: libur, name: { id: 'Hari Raya Waisak 2570 BE', en: 'Vesak Day 2570 BE' } },
    { date: '2026-06-01', kind: libur, name: { id: 'Hari Lahir Pancasila', en: 'Pancasila Day' } },
    { date: '2026-06-16', kind: libur, name: { id: 'Tahun Baru Islam 1448 H', en: 'Islamic New Year 1448 H' } },
    { date: '2026-08-17', kind: libur, name: { id: 'Hari Kemerdekaan Republik Indonesia', en: 'Independence Day' } },
    { date: '2026-08-25', kind: libur, name: { id: 'Maulid Nabi Muhammad SAW', en: "The Prophet Muhammad's Birthday" } },
    { date: '2026-12-24', kind: cuti, name: { id: 'Cuti bersama Hari Raya Natal', en: 'Collective leave for Christmas' } },
    { date: '2026-12-25', kind: libur, name: { id: 'Hari Raya Natal', en: 'Christmas Day' } },
  ],
};
