// `npm start`: the gateway on PADU_HOST:PADU_PORT (127.0.0.1:8080), data in PADU_DATA_DIR (./data).
// The first line on stdout is machine-readable (`PADU_LISTENING <api url>`), for scripts and tests.
import { startGateway } from './gateway.ts';
import { optionsFromEnv } from './config.ts';
import { batchedLogStream } from './http/logging.ts';

const gateway = await startGateway({ ...optionsFromEnv(), logStream: batchedLogStream() });
const { seed, config } = gateway;
console.log(`PADU_LISTENING ${gateway.url}`);

const lines = [
  '',
  `Padu gateway siap: ${gateway.url}`,
  `  Kontrak OpenAPI : ${gateway.url}/openapi.yaml`,
  `  Referensi API   : ${gateway.url}/docs`,
  `  Data            : ${config.dataDir}`,
  config.publicDir ? `  Halaman demo    : ${gateway.origin}/` : '  Halaman demo    : (folder public/ belum ada)',
  ...(config.publicDir ? [`  Konsol petugas  : ${gateway.origin}/petugas/`, `  Admin OPD       : ${gateway.origin}/admin/  (layanan, petugas dan log audit OPD)`] : []),
  config.storybookDir ? `  Katalog         : ${gateway.origin}/storybook/` : '  Katalog         : (storybook-static/ belum ada)',
  config.corsOrigins.length ? `  CORS            : ${config.corsOrigins.join(', ')}` : '  CORS            : (tidak ada origin OPD yang diizinkan)',
  `  OpenID Connect  : ${config.publicUrl ?? gateway.origin}/.well-known/openid-configuration`,
];
if (seed.publishedVersions.length) lines.push(`  Layanan terbit  : ${seed.publishedVersions.join(', ')}`);
if (seed.demoPassword) {
  lines.push('', `Akun demo (kata sandi semua akun: ${seed.demoPassword}) — HANYA UNTUK DEMO:`);
  for (const account of seed.demoAccounts) {
    const who = { citizen: `warga${account.verified ? ' terverifikasi' : ' belum terverifikasi'}`, officer: 'petugas', opd_admin: 'admin OPD (penyusun layanan)', admin: 'admin SPBE (semua OPD)' }[account.role];
    lines.push(`  ${account.email.padEnd(40)} ${who.padEnd(28)} ${account.name}${account.nik ? ` (NIK ${account.nik})` : ''}`);
  }
  const port = new URL(gateway.origin).port;
  lines.push(
    '',
    'Single sign-on (demo): situs OPD yang sama di origin lain, klien OpenID Connect terdaftar:',
    `  http://localhost:${port}/disdukcapil/  dan  http://localhost:${port}/dpmptsp/  (client_id demo-opd-localhost)`,
  );
  lines.push('', 'Kode lacak permohonan demo (Siti):');
  for (const code of seed.trackingCodes) lines.push(`  ${code.trackingCode}  ${code.status.padEnd(18)} ${code.serviceId}`);
}
console.log(lines.join('\n'));

let closing = false;
const shutdown = (signal: string) => {
  if (closing) return;
  closing = true;
  gateway.app.log.info({ signal }, 'shutting down');
  gateway.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
