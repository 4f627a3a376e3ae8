// The README's examples marked `<!-- run -->` run as written, in order, as one module, against a fresh gateway
// (its production URL replaced by the test gateway's).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { startTestGateway, type TestGateway } from './support/gateway.ts';

const README = new URL('../README.md', import.meta.url);
const PRODUCTION_URL = 'https://layanan.kedirikota.go.id/api/v1';

/** The code of every fenced js/ts block that follows a `<!-- run -->` line. */
export function runnableBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/<!-- run -->\s*\n```(?:js|ts)\n([\s\S]*?)\n```/g)].map((match) => match[1]!);
}

let gateway: TestGateway;
before(async () => {
  gateway = await startTestGateway();
});
after(() => gateway.close());

describe('README', () => {
  it('has runnable examples for logging in, listing, submitting with an upload, tracking and errors', async () => {
    const blocks = runnableBlocks(await readFile(README, 'utf8'));
    assert.ok(blocks.length >= 5, `${blocks.length} runnable blocks`);
  });

  it('runs its examples against a real gateway', async () => {
    const code = runnableBlocks(await readFile(README, 'utf8')).join('\n\n').replaceAll(PRODUCTION_URL, gateway.url);
    // Next to the tests, so `@padu/sdk` resolves as it does for them.
    const file = new URL(`./.readme-examples-${process.pid}.tmp.mjs`, import.meta.url);
    await writeFile(file, code);
    try {
      const child = spawn(process.execPath, ['--conditions=source', file.pathname], { stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      const timer = setTimeout(() => child.kill(), 60_000);
      const status = await new Promise((resolve) => child.on('exit', resolve));
      clearTimeout(timer);
      assert.equal(status, 0, output);
      for (const expected of [
        'Masuk sebagai Siti Rahmawati (3571********0003)',
        'Akta Kelahiran',
        'Surat Keterangan Domisili, gratis',
        '100%',
        'Kode pelacakan: KBL-',
        'Sedang diverifikasi sejak',
        'verifying officer',
        '/answers/nik',
        'logout',
      ]) {
        assert.ok(output.includes(expected), `prints “${expected}”:\n${output}`);
      }
    } finally {
      await rm(file, { force: true });
    }
  });
});
