// Per-call overhead of the SDK on loopback: the same GET (`getService`) through @padu/sdk, raw fetch and
// openapi-fetch (and ky alone, to tell ky's share from the SDK's own), against one gateway in the same run,
// interleaved in rounds so drift hits all of them alike. Prints mean / median / p99 per call and each one's ratio
// to raw fetch; asserts nothing.
import ky from 'ky';
import createClient from 'openapi-fetch';
import type { paths } from '@padu/contract';
import { createPadu } from '@padu/sdk';
import { startTestGateway } from '../test/support/gateway.ts';

const SERVICE_ID = 'surat-domisili';
const WARMUP = 200;
const ROUNDS = 10;
const CALLS_PER_ROUND = 200; // 2 000 measured calls per client

const gateway = await startTestGateway();
try {
  const padu = createPadu({ baseUrl: gateway.url });
  const openapi = createClient<paths>({ baseUrl: gateway.url });
  const url = `${gateway.url}/services/${SERVICE_ID}`;

  const clients: Record<string, () => Promise<unknown>> = {
    'raw fetch': async () => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    },
    '@padu/sdk': () => padu.services.get(SERVICE_ID),
    'ky alone': () => ky.get(url).json(),
    'openapi-fetch': async () => {
      const { data, error } = await openapi.GET('/services/{serviceId}', { params: { path: { serviceId: SERVICE_ID } } });
      if (error) throw new Error('request failed');
      return data;
    },
  };

  const samples = new Map<string, number[]>(Object.keys(clients).map((name) => [name, []]));
  for (const call of Object.values(clients)) for (let i = 0; i < WARMUP; i++) await call();
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, call] of Object.entries(clients)) {
      const times = samples.get(name)!;
      for (let i = 0; i < CALLS_PER_ROUND; i++) {
        const started = performance.now();
        await call();
        times.push(performance.now() - started);
      }
    }
  }

  const stats = (times: number[]) => {
    const sorted = [...times].sort((a, b) => a - b);
    return {
      mean: times.reduce((sum, t) => sum + t, 0) / times.length,
      median: sorted[Math.floor(sorted.length / 2)]!,
      p99: sorted[Math.floor(sorted.length * 0.99)]!,
    };
  };
  const baseline = stats(samples.get('raw fetch')!);
  const ms = (value: number) => `${value.toFixed(3)} ms`;
  console.log(`GET /services/${SERVICE_ID} on loopback, ${ROUNDS * CALLS_PER_ROUND} calls each (after ${WARMUP} warm-up calls)\n`);
  console.log(`${'client'.padEnd(15)}${'mean'.padStart(12)}${'median'.padStart(12)}${'p99'.padStart(12)}   ratio to raw fetch (mean / median)`);
  for (const [name, times] of samples) {
    const { mean, median, p99 } = stats(times);
    console.log(
      `${name.padEnd(15)}${ms(mean).padStart(12)}${ms(median).padStart(12)}${ms(p99).padStart(12)}   ` +
        `${(mean / baseline.mean).toFixed(2)}× / ${(median / baseline.median).toFixed(2)}×`,
    );
  }
} finally {
  await gateway.close();
}
