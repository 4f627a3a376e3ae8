// The Kota Kediri reference data the gateway seeds: its OPDs and services, as plain data typed by the contract.
// Exported as `@padu/server/seed-data` so the Storybook fixtures show exactly the services the gateway serves;
// nothing else of the gateway comes with it. The services come from the module `npm run generate` renders from
// packages/server/seed/services/*.yaml (browsers cannot read the files; a test keeps the two the same).
export { agencies } from './agencies.ts';
export { services } from './services.generated.ts';
export type { SeedService } from './service-files.ts';
