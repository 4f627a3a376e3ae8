// The baseline of the gateway benchmark: Fastify's hello world, default options, no logger.
import Fastify from 'fastify';

const app = Fastify();
app.get('/', async () => ({ hello: 'world' }));
const address = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(`BARE_LISTENING ${address}`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
