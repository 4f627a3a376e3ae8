// The Kota Kediri reference data the gateway seeds: its OPDs and services, as plain data typed by the contract.
// Exported as `@padu/server/seed-data` so the Storybook fixtures show exactly the services the gateway serves;
// nothing else of the gateway comes with it.
export { agencies } from './agencies.ts';
export { services, type SeedService } from './services.ts';
