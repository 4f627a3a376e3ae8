// @padu/server: the reference gateway. Other packages' tests start one with startGateway({ dataDir, port: 0 }).
export { startGateway, type Gateway } from './gateway.ts';
export { resolveConfig, optionsFromEnv, defaultLimits, type GatewayConfig, type GatewayLimits, type GatewayOptions } from './config.ts';
export { DEMO_PASSWORD, demoAccounts } from './db/seed/demo.ts';
export type { SeedReport } from './db/seed/seed.ts';
