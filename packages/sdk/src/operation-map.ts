// Which SDK method implements each operation of the contract. The type checker rejects a missing operation id or
// a path that is not a method of the client; a test checks the JSDoc of each method against the contract.
import type { Padu } from './client.ts';
import type { OperationId } from './types.ts';

type MethodPath = {
  [Resource in keyof Padu]: {
    [Method in keyof Padu[Resource]]: Padu[Resource][Method] extends (...args: never[]) => unknown
      ? `${Resource}.${Method & string}`
      : never;
  }[keyof Padu[Resource]];
}[keyof Padu];

export const operationMethods = {
  registerCitizen: 'auth.register',
  login: 'auth.login',
  refreshSession: 'auth.refresh',
  logout: 'auth.logout',
  getCurrentUser: 'auth.me',
  listMySessions: 'auth.sessions',
  endSession: 'auth.endSession',
  listAgencies: 'agencies.list',
  getAgency: 'agencies.get',
  listServices: 'services.list',
  getService: 'services.get',
  createUpload: 'uploads.create',
  getUploadContent: 'uploads.download',
  listMyApplications: 'applications.list',
  submitApplication: 'applications.submit',
  getApplication: 'applications.get',
  resubmitApplication: 'applications.resubmit',
  cancelApplication: 'applications.cancel',
  streamApplicationEvents: 'applications.events',
  trackApplication: 'tracking.get',
  streamTrackingEvents: 'tracking.events',
  listAgencyApplications: 'officer.queue',
  transitionApplication: 'officer.transition',
  verifyApplicant: 'officer.verifyApplicant',
  getHealth: 'meta.health',
  getContract: 'meta.contract',
  listAuthoredServices: 'authoring.services',
  createService: 'authoring.create',
  getAuthoredService: 'authoring.get',
  getServiceDraft: 'authoring.draft',
  createServiceDraft: 'authoring.openDraft',
  updateServiceDraft: 'authoring.saveDraft',
  validateServiceDraft: 'authoring.validate',
  previewServiceDraft: 'authoring.preview',
  publishServiceDraft: 'authoring.publish',
  retireService: 'authoring.retire',
  listServiceVersions: 'authoring.versions',
  diffServiceVersions: 'authoring.diff',
  listAuditEntries: 'authoring.audit',
  listOfficers: 'staff.list',
  inviteOfficer: 'staff.invite',
  disableOfficer: 'staff.disable',
  enableOfficer: 'staff.enable',
  acceptInvitation: 'staff.accept',
  listWebhookEndpoints: 'webhooks.list',
  createWebhookEndpoint: 'webhooks.create',
  getWebhookEndpoint: 'webhooks.get',
  updateWebhookEndpoint: 'webhooks.update',
  disableWebhookEndpoint: 'webhooks.disable',
  enableWebhookEndpoint: 'webhooks.enable',
  rotateWebhookSecret: 'webhooks.rotateSecret',
  listWebhookDeliveries: 'webhooks.deliveries',
  resendWebhookDelivery: 'webhooks.resend',
} as const satisfies Record<OperationId, MethodPath>;
