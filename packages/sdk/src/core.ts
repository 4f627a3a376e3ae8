// @padu/sdk/core: the building blocks of `createPadu()`, for bundles that need only some resources, e.g.
// `trackingResource(createPaduCore({ baseUrl }))` for a tracking widget.
export { createPaduCore } from './core-client.ts';
export { agenciesResource } from './resources/agencies.ts';
export { applicationsResource } from './resources/applications.ts';
export { authResource } from './resources/auth.ts';
export { authoringResource } from './resources/authoring.ts';
export { metaResource } from './resources/meta.ts';
export { officerResource } from './resources/officer.ts';
export { servicesResource } from './resources/services.ts';
export { staffResource } from './resources/staff.ts';
export { trackingResource } from './resources/tracking.ts';
export { uploadsResource } from './resources/uploads.ts';
export { webhooksResource } from './resources/webhooks.ts';
