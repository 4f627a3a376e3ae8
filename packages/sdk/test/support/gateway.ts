// A real gateway for the SDK's tests: a temporary data folder, a random port, quiet logs, and fast heartbeats.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD, startGateway, type GatewayOptions } from '@padu/server';
import { createPadu, type Padu, type PaduOptions } from '@padu/sdk';

export interface TestGateway {
  /** The API base, e.g. `http://127.0.0.1:41234/api/v1`. */
  url: string;
  origin: string;
  close(): Promise<void>;
}

export async function startTestGateway(options: GatewayOptions = {}): Promise<TestGateway> {
  const dataDir = await mkdtemp(join(tmpdir(), 'padu-sdk-'));
  const gateway = await startGateway({
    dataDir,
    port: 0,
    logLevel: 'silent',
    heartbeatMs: 250,
    ...options,
    // Tests make many calls from one address; the login limits stay low enough to reach.
    limits: { requestsPerWindow: 100_000, loginFailuresPerIdentifier: 3, ...options.limits },
  });
  return {
    url: gateway.url,
    origin: gateway.origin,
    async close() {
      await gateway.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export const demo = {
  password: DEMO_PASSWORD,
  /** Verified citizen. */
  siti: { identifier: 'siti@demo.padu.id', nik: '3571014512900003' },
  /** Unverified citizen. */
  budi: { identifier: 'budi@demo.padu.id', nik: '3571022003850001' },
  officer: (agencyId: string) => `petugas.${agencyId}@demo.padu.id`,
  /** The OPD admin of an OPD (authors its services). */
  opdAdmin: (agencyId: string) => `admin.${agencyId}@demo.padu.id`,
  /** The city's SPBE admin (authors every OPD's services). */
  admin: 'admin@demo.padu.id',
};

/** A client logged in as `identifier` (password: the demo one). */
export async function loggedIn(baseUrl: string, identifier: string, options: Partial<PaduOptions> = {}): Promise<Padu> {
  const padu = createPadu({ baseUrl, ...options });
  await padu.auth.login({ identifier, password: demo.password });
  return padu;
}

/** The smallest valid PNG (1×1, transparent): the gateway checks uploads by content. */
export const tinyPng = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
  (c) => c.charCodeAt(0),
);

/** Valid answers for `surat-domisili` (the kelurahan's certificate of domicile), with an uploaded letter. */
export function domisiliAnswers(uploadId: string) {
  return {
    nik: demo.siti.nik,
    telepon: '081234567890',
    alamat: 'Jl. Dhoho No. 12, RT 002 RW 005',
    kelurahan: 'bandar-lor',
    keperluan: 'Persyaratan membuka rekening bank',
    pengantar_rt_rw: uploadId,
  };
}

/** Submits a `surat-domisili` application as `padu`'s user; returns it. */
export async function submitDomisili(padu: Padu, options?: Parameters<Padu['applications']['submit']>[1]) {
  const upload = await padu.uploads.create(new Blob([tinyPng], { type: 'image/png' }), { fileName: 'pengantar.png' });
  return padu.applications.submit({ serviceId: 'surat-domisili', answers: domisiliAnswers(upload.id) }, options);
}

/** A fetch that records every request it passes on. */
export function recordingFetch(inner: typeof fetch = fetch) {
  const requests: Request[] = [];
  const recorded = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request.clone());
    return inner(request);
  };
  return { fetch: recorded as typeof fetch, requests };
}
