// Files and answers the tests submit.
import { demoApplications, demoFileBytes } from '../../src/db/seed/demo.ts';
import { SITI_NIK } from './harness.ts';

export const pdfBytes = (): Uint8Array<ArrayBuffer> => new Uint8Array(demoFileBytes('pdf'));
export const pngBytes = (): Uint8Array<ArrayBuffer> => new Uint8Array(demoFileBytes('png'));
/** A PDF of exactly `size` bytes: the demo PDF with a comment line of padding after its header. */
export function pdfOfSize(size: number): Uint8Array<ArrayBuffer> {
  const pdf = demoFileBytes('pdf');
  const headerEnd = pdf.indexOf('\n') + 1;
  const padding = size - pdf.length - 2; // "%" and "\n" around it
  if (padding < 0) throw new Error(`a PDF cannot be smaller than ${pdf.length + 2} bytes`);
  return new Uint8Array(Buffer.concat([pdf.subarray(0, headerEnd), Buffer.from(`%${'x'.repeat(padding)}\n`), pdf.subarray(headerEnd)]));
}
/** The start of a JFIF file: enough for content sniffing. */
export const jpegBytes = (): Uint8Array<ArrayBuffer> =>
  new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9]);
/** A Windows executable header ("MZ" ... "PE"), to be disguised as a PDF by its name. */
export function exeBytes(): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(512);
  bytes.set([0x4d, 0x5a], 0);
  bytes.set([0x80, 0x00, 0x00, 0x00], 0x3c);
  bytes.set([0x50, 0x45, 0x00, 0x00], 0x80);
  return bytes;
}

/** Valid answers for surat-domisili (open to unverified accounts). */
export function domisiliAnswers(uploadId: string, overrides: Record<string, unknown> = {}) {
  return {
    nik: SITI_NIK,
    telepon: '0812 3456 7890',
    alamat: 'Jl. Dhoho No. 12, RT 002 RW 005',
    kelurahan: 'bandar-lor',
    keperluan: 'Persyaratan membuka rekening bank',
    pengantar_rt_rw: uploadId,
    ...overrides,
  };
}

/**
 * Valid answers for akta-kelahiran (verified accounts): Siti's demo application's, with these uploads. One No. KK
 * and four NIKs, all masked in responses.
 */
export function aktaAnswers(birthLetter: string, marriageBook: string, overrides: Record<string, unknown> = {}): Record<string, string> {
  const demo = demoApplications().find((application) => application.serviceId === 'akta-kelahiran')!;
  return { ...demo.answers, surat_keterangan_lahir: birthLetter, buku_nikah: marriageBook, ...overrides } as Record<string, string>;
}
