// GENERATED FILE: do not edit. The operations of the Padu contract, as data.
// Source: openapi/padu.yaml. Regenerate with `npm run generate`.

export const operations = {
  registerCitizen: { method: 'POST', path: '/auth/register', summary: "Register a citizen account", authenticated: false },
  login: { method: 'POST', path: '/auth/login', summary: "Log in with NIK or email and password", authenticated: false },
  refreshSession: { method: 'POST', path: '/auth/refresh', summary: "Exchange a refresh token for a new session", authenticated: false },
  logout: { method: 'POST', path: '/auth/logout', summary: "Log out and revoke the refresh token", authenticated: true },
  getCurrentUser: { method: 'GET', path: '/auth/me', summary: "Get the logged-in user", authenticated: true },
  listMySessions: { method: 'GET', path: '/auth/sessions', summary: "List the caller's active sessions (\"Perangkat aktif\")", authenticated: true },
  endSession: { method: 'POST', path: '/auth/sessions/{sessionId}/end', summary: "End one of the caller's sessions", authenticated: true },
  listAgencies: { method: 'GET', path: '/agencies', summary: "List the OPDs", authenticated: false },
  getAgency: { method: 'GET', path: '/agencies/{agencyId}', summary: "Get one OPD", authenticated: false },
  listServices: { method: 'GET', path: '/services', summary: "Search the services of every OPD", authenticated: false },
  getService: { method: 'GET', path: '/services/{serviceId}', summary: "Get a service with its Standar Pelayanan and form definition", authenticated: false },
  createUpload: { method: 'POST', path: '/uploads', summary: "Upload a document", authenticated: true },
  getUploadContent: { method: 'GET', path: '/uploads/{uploadId}', summary: "Download an uploaded document", authenticated: true },
  listMyApplications: { method: 'GET', path: '/applications', summary: "List the logged-in citizen's applications", authenticated: true },
  submitApplication: { method: 'POST', path: '/applications', summary: "Submit an application for a service", authenticated: true },
  getApplication: { method: 'GET', path: '/applications/{applicationId}', summary: "Get one application", authenticated: true },
  resubmitApplication: { method: 'POST', path: '/applications/{applicationId}/resubmit', summary: "Revise the answers and resubmit after \"Perlu Perbaikan\"", authenticated: true },
  cancelApplication: { method: 'POST', path: '/applications/{applicationId}/cancel', summary: "Cancel an application before it is processed", authenticated: true },
  streamApplicationEvents: { method: 'GET', path: '/applications/{applicationId}/events', summary: "Follow an application's status changes live", authenticated: true },
  trackApplication: { method: 'GET', path: '/tracking/{trackingCode}', summary: "Track an application by its tracking code", authenticated: false },
  streamTrackingEvents: { method: 'GET', path: '/tracking/{trackingCode}/events', summary: "Follow a tracking code's status changes live", authenticated: false },
  listAgencyApplications: { method: 'GET', path: '/officer/applications', summary: "List the officer's OPD queue", authenticated: true },
  transitionApplication: { method: 'POST', path: '/officer/applications/{applicationId}/transitions', summary: "Move an application to its next status", authenticated: true },
  listAuthoredServices: { method: 'GET', path: '/authoring/services', summary: "List the services an admin authors", authenticated: true },
  createService: { method: 'POST', path: '/authoring/services', summary: "Create a new service as a draft", authenticated: true },
  getAuthoredService: { method: 'GET', path: '/authoring/services/{serviceId}', summary: "Get a service's authoring state", authenticated: true },
  getServiceDraft: { method: 'GET', path: '/authoring/services/{serviceId}/draft', summary: "Get a service's draft", authenticated: true },
  updateServiceDraft: { method: 'PUT', path: '/authoring/services/{serviceId}/draft', summary: "Save a service's draft", authenticated: true },
  createServiceDraft: { method: 'POST', path: '/authoring/services/{serviceId}/draft', summary: "Open a draft of a service", authenticated: true },
  validateServiceDraft: { method: 'GET', path: '/authoring/services/{serviceId}/draft/validation', summary: "Check a draft as publishing would", authenticated: true },
  previewServiceDraft: { method: 'GET', path: '/authoring/services/{serviceId}/draft/preview', summary: "Preview a draft as the service citizens would see", authenticated: true },
  publishServiceDraft: { method: 'POST', path: '/authoring/services/{serviceId}/draft/publish', summary: "Publish a draft as the next version", authenticated: true },
  retireService: { method: 'POST', path: '/authoring/services/{serviceId}/retire', summary: "Retire (unpublish) a service", authenticated: true },
  listServiceVersions: { method: 'GET', path: '/authoring/services/{serviceId}/versions', summary: "List a service's published versions", authenticated: true },
  diffServiceVersions: { method: 'GET', path: '/authoring/services/{serviceId}/diff', summary: "Compare two versions of a service", authenticated: true },
  listAuditEntries: { method: 'GET', path: '/authoring/audit', summary: "Read the authoring audit log", authenticated: true },
  verifyApplicant: { method: 'POST', path: '/officer/applications/{applicationId}/applicant-verification', summary: "Verify the applicant's identity", authenticated: true },
  getHealth: { method: 'GET', path: '/health', summary: "Check that the gateway and its database are up", authenticated: false },
  getContract: { method: 'GET', path: '/openapi.yaml', summary: "Get this contract", authenticated: false },
} as const;

export type OperationId = keyof typeof operations;
export const operationIds = Object.keys(operations) as OperationId[];
export const contractVersion = "1.0.0";
