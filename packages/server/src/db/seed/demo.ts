// Demo accounts and a few applications of Siti in different states, so that a tracker and an officer queue have
// something to show. Demo only: every account has the same public password.
import type { Schemas } from '@padu/contract';
import { agencies } from './agencies.ts';

import type { OidcClientConfig } from '../../config.ts';

export const DEMO_PASSWORD = 'padu-demo-2026';

export interface DemoAccount {
  id: string;
  role: 'citizen' | 'officer' | 'opd_admin' | 'admin';
  name: string;
  nik: string | null;
  email: string;
  phone: string | null;
  verified: boolean;
  agencyId: string | null;
}

export const SITI_ID = '5f0c9a1e-2b3d-4c5e-8f60-718293a4b5c6';
export const BUDI_ID = '6a1d0b2f-3c4e-4d5f-9a71-8293a4b5c6d7';

export const demoAccounts: DemoAccount[] = [
  {
    id: SITI_ID,
    role: 'citizen',
    name: 'Siti Rahmawati',
    nik: '3571014512900003',
    email: 'siti@demo.padu.id',
    phone: '+6281234567890',
    verified: true,
    agencyId: null,
  },
  {
    id: BUDI_ID,
    role: 'citizen',
    name: 'Budi Santoso',
    nik: '3571022003850001',
    email: 'budi@demo.padu.id',
    phone: null,
    verified: false,
    agencyId: null,
  },
  ...agencies.map((agency, i) => ({
    id: `7b2e1c30-4d5f-4e60-8b82-${String(i + 1).padStart(12, '0')}`,
    role: 'officer' as const,
    name: `Petugas ${agency.shortName}`,
    nik: null,
    email: `petugas.${agency.id}@demo.padu.id`,
    phone: null,
    verified: true,
    agencyId: agency.id,
  })),
  // The city's SPBE team (authors every OPD's services), and one OPD admin per OPD.
  {
    id: '8c3f2d41-5e60-4f71-9c93-000000000001',
    role: 'admin',
    name: 'Admin SPBE Kota Kediri',
    nik: null,
    email: 'admin@demo.padu.id',
    phone: null,
    verified: true,
    agencyId: null,
  },
  ...agencies.map((agency, i) => ({
    id: `9d4a3e52-6f71-4a82-8da4-${String(i + 1).padStart(12, '0')}`,
    role: 'opd_admin' as const,
    name: `Admin ${agency.shortName}`,
    nik: null,
    email: `admin.${agency.id}@demo.padu.id`,
    phone: null,
    verified: true,
    agencyId: agency.id,
  })),
];

/** A demo document; `kind` picks a tiny valid PDF or PNG. */
export interface DemoDocument {
  key: string;
  fileName: string;
  kind: 'pdf' | 'png';
}

type Status = Schemas['ApplicationStatus'];

export interface DemoApplication {
  id: string;
  trackingCode: string;
  serviceId: string;
  /** Answers; `{ upload: key }` stands for the id of a demo document. */
  answers: Record<string, Schemas['AnswerValue'] | { upload: string }>;
  documents: DemoDocument[];
  /** Status changes after `submitted`, each some hours after the previous one. */
  steps: { status: Status; by: 'citizen' | 'officer'; note?: string }[];
  /** How many days before the first seed it was submitted. */
  daysAgo: number;
}

const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);

export function demoApplications(): DemoApplication[] {
  return [
    {
      id: '0d7c5e1a-9b2f-4c3d-8e4f-5a6b7c8d9e01',
      trackingCode: 'DKC-7KQ4-M2XP',
      serviceId: 'akta-kelahiran',
      daysAgo: 3,
      documents: [
        { key: 'lahir', fileName: 'surat-keterangan-lahir.pdf', kind: 'pdf' },
        { key: 'nikah', fileName: 'buku-nikah.pdf', kind: 'pdf' },
      ],
      answers: {
        nama_anak: 'Aisyah Putri Ramadhani',
        jenis_kelamin: 'perempuan',
        tanggal_lahir: daysFromToday(-10),
        tempat_lahir: 'Kota Kediri',
        jam_lahir: '08:42',
        berat_lahir: 3.1,
        anak_ke: 1,
        no_kk: '3571010101200002',
        nik_ibu: '3571014512900003',
        nama_ibu: 'Siti Rahmawati',
        nik_ayah: '3571011708880004',
        nama_ayah: 'Ahmad Fauzi',
        status_perkawinan: 'tercatat',
        nik_saksi_1: '3571020506750002',
        nama_saksi_1: 'Sri Wahyuni',
        nik_saksi_2: '3571031209800005',
        nama_saksi_2: 'Bambang Hermanto',
        surat_keterangan_lahir: { upload: 'lahir' },
        buku_nikah: { upload: 'nikah' },
        pernyataan_benar: true,
      },
      steps: [{ status: 'verifying', by: 'officer' }],
    },
    {
      id: '1e8d6f2b-0c3a-4d4e-9f50-6b7c8d9e0f12',
      trackingCode: 'KBL-7KQ4-M2XP',
      serviceId: 'surat-domisili',
      daysAgo: 2,
      documents: [{ key: 'rt', fileName: 'pengantar-rt-rw.png', kind: 'png' }],
      answers: {
        nik: '3571014512900003',
        telepon: '081234567890',
        alamat: 'Jl. Dhoho No. 12, RT 002 RW 005',
        kelurahan: 'bandar-lor',
        keperluan: 'Persyaratan membuka rekening bank',
        pengantar_rt_rw: { upload: 'rt' },
      },
      steps: [
        { status: 'verifying', by: 'officer' },
        {
          status: 'needs_revision',
          by: 'officer',
          note: 'Foto surat pengantar RT/RW buram. Mohon unggah ulang dengan foto yang jelas.',
        },
      ],
    },
    {
      id: '2f9e7a3c-1d4b-4e5f-8a61-7c8d9e0f1a23',
      trackingCode: 'DSO-9HT3-QW8E',
      serviceId: 'sktm',
      daysAgo: 12,
      documents: [{ key: 'pengantar', fileName: 'pengantar-kelurahan.pdf', kind: 'pdf' }],
      answers: {
        nik: '3571014512900003',
        no_kk: '3571010101200002',
        alamat: 'Jl. Dhoho No. 12, RT 002 RW 005, Kelurahan Bandar Lor',
        keperluan: 'pendidikan',
        pengantar_kelurahan: { upload: 'pengantar' },
        persetujuan_dtsen: true,
      },
      steps: [
        { status: 'verifying', by: 'officer' },
        { status: 'in_process', by: 'officer' },
        { status: 'completed', by: 'officer', note: 'SKTM sudah terbit dan dapat diunduh.' },
      ],
    },
    {
      id: '3a0f8b4d-2e5c-4f60-9b72-8d9e0f1a2b34',
      trackingCode: 'DPM-4XR6-N5JB',
      serviceId: 'izin-praktik-nakes',
      daysAgo: 8,
      documents: [
        { key: 'surat', fileName: 'surat-permohonan.pdf', kind: 'pdf' },
        { key: 'foto', fileName: 'pas-foto.png', kind: 'png' },
        { key: 'str', fileName: 'str.pdf', kind: 'pdf' },
        { key: 'rekomendasi', fileName: 'rekomendasi-ibi.pdf', kind: 'pdf' },
      ],
      answers: {
        nik: '3571014512900003',
        profesi: 'bidan',
        nomor_str: 'STR-BD-2021-0417',
        email: 'siti@demo.padu.id',
        nama_fasilitas: 'Praktik Mandiri Bidan Siti',
        alamat_praktik: 'Jl. Dhoho No. 12, Kota Kediri',
        hari_praktik: ['senin', 'rabu', 'jumat'],
        mulai_praktik: daysFromToday(14),
        surat_permohonan: { upload: 'surat' },
        pas_foto: { upload: 'foto' },
        str: { upload: 'str' },
        rekomendasi_organisasi: { upload: 'rekomendasi' },
      },
      steps: [
        { status: 'verifying', by: 'officer' },
        {
          status: 'rejected',
          by: 'officer',
          note: 'STR yang diunggah sudah tidak berlaku. Ajukan kembali setelah STR diperpanjang.',
        },
      ],
    },
    {
      id: '4b1a9c5e-3f6d-4a71-8c83-9e0f1a2b3c45',
      trackingCode: 'DKC-8MVC-3F7A',
      serviceId: 'kartu-keluarga',
      daysAgo: 1,
      documents: [{ key: 'kk', fileName: 'kk-lama.pdf', kind: 'pdf' }],
      answers: {
        jenis_permohonan: 'tambah_anggota',
        no_kk: '3571010101200002',
        alasan: 'Penambahan anggota keluarga: kelahiran anak pertama.',
        kk_lama: { upload: 'kk' },
      },
      steps: [],
    },
  ];
}

/** A one-page PDF and a 1×1 PNG: the smallest files their magic bytes accept. */
export function demoFileBytes(kind: DemoDocument['kind']): Buffer {
  if (kind === 'png') {
    return Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    );
  }
  return Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
}

/**
 * The demo's OpenID Connect client: the same demo OPD pages on `http://localhost:<port>`, another origin and
 * another site than the gateway's `http://127.0.0.1:<port>`, signing in through single sign-on. A first-party
 * client (no consent asked), registered only with the demo data (`PADU_SEED_DEMO=false` leaves it out).
 */
export function demoOidcClients(port: number): OidcClientConfig[] {
  const origin = `http://localhost:${port}`;
  const pages = ['/disdukcapil/', '/dpmptsp/'].map((path) => origin + path);
  return [
    {
      client_id: 'demo-opd-localhost',
      client_name: 'Situs OPD demo (localhost)',
      redirect_uris: pages,
      post_logout_redirect_uris: pages,
      first_party: true,
    },
  ];
}
