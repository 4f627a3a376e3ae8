// GENERATED FILE: do not edit. TypeScript types of the Padu contract.
// Source: openapi/padu.yaml. Regenerate with `npm run generate`.

export interface paths {
    "/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a citizen account
         * @description Creates an unverified citizen account and starts a session. An officer verifies the identity later (`verifyApplicant`);
         *     some services require a verified account. Registrations are limited per client address (429 with
         *     `Retry-After`); a 503 says the gateway is too busy checking passwords right now. With
         *     `Padu-Session: cookie` the refresh token is set in the session cookie instead of the body.
         */
        post: operations["registerCitizen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with NIK or email and password
         * @description Starts a session. The identifier is a NIK (spaces and dashes allowed) or an email address. A wrong
         *     identifier and a wrong password give the same answer, and so does an invited account that has not set its
         *     password yet. A disabled staff account with the right password gets a 403 (`account.disabled`). Failed attempts are limited per account (its NIK
         *     and its email count together) and per client address; a 429 says when to try again. A 503 says the
         *     gateway is too busy checking passwords right now. With `Padu-Session: cookie` the refresh token is set in
         *     the session cookie instead of the body.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a refresh token for a new session
         * @description Refresh tokens rotate: each one works once and the response carries its successor. Presenting a refresh
         *     token that was already used revokes every session descended from the same login.
         *
         *     A browser sends no body and `Padu-Session: cookie`: the session cookie is the refresh token, and the
         *     answer sets its successor there (a page load costs this one request). The cookie sent without that
         *     header (a cross-site form, say) is refused with 403 `session.header_required`. In cookie mode, no cookie
         *     means a visitor who has not signed in: 204, no body, so that a signed-out page load is no error (and
         *     logs none in the browser). Without `Padu-Session: cookie` and without a token in the body the answer is
         *     401 `refresh_token.missing`.
         */
        post: operations["refreshSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log out and revoke the refresh token
         * @description Revokes the refresh token and the rest of its rotation family, and the family of the access token used to
         *     call it, with the single sign-on grants made from them. Logging out twice is not an error. A browser sends
         *     no body and `Padu-Session: cookie`: the session cookie's family ends and the cookie is cleared.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the logged-in user
         * @description The account behind the access token, with the NIK masked. Elements use it to show who is logged in.
         */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the caller's active sessions ("Perangkat aktif")
         * @description Every session of the caller's account that is neither ended nor expired, most recently used first: each
         *     login (on an OPD site, on the gateway, or from a program without a browser) and each single sign-on grant
         *     of an OIDC client. A session shows the site it started on, a coarse device label (the gateway keeps only
         *     that label, never the User-Agent), when it started and was last used, and whether it is the one making
         *     this request. Its `id` is not a token: it can only be used to end it.
         */
        get: operations["listMySessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sessions/{sessionId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End one of the caller's sessions
         * @description Ends the session everywhere: its refresh and access tokens stop working at once, and so do the single
         *     sign-on grants made from it. Ending the current session is a logout. Another account's session, or one
         *     already ended, is 404. The answer is the session as it was: `current: true` tells the client it has
         *     just logged itself out.
         */
        post: operations["endSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invitation to an OPD's staff
         * @description The invited person opens the link an OPD admin (or the city's admin) made with `inviteOfficer`
         *     (`/petugas/undangan#<token>`: the token is in the fragment, so it reaches neither server logs nor
         *     `Referer`), chooses a password (and may write their name as they want it shown, in place of the one the
         *     admin typed) and sends them here. The account becomes active in that OPD and can log in;
         *     it is not logged in by this call. A link works once and for 72 hours: a used one is a 409
         *     (`invitation.used`), an expired one a 409 (`invitation.expired`), one that was never issued, was replaced
         *     by a newer link or withdrawn is a 404 (`invitation.invalid`). Limited per client address like
         *     registration (each acceptance costs a password hash).
         */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the OPDs
         * @description Every OPD of the city that delivers services through Padu, kelurahan and kecamatan offices included.
         */
        get: operations["listAgencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agencies/{agencyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one OPD
         * @description The OPD's names, kind, parent (for a kelurahan, its kecamatan) and contact details.
         */
        get: operations["getAgency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the services of every OPD
         * @description One catalogue across all OPDs. `q` matches the name and summary in both languages. Results are ordered
         *     by name (Indonesian) and paginated by cursor.
         */
        get: operations["listServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services/{serviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a service with its Standar Pelayanan and form definition
         * @description Everything a citizen sees before applying (the six Standar Pelayanan components and the data-protection notice) and the form definition the elements render.
         */
        get: operations["getService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a document
         * @description Stores one file for the logged-in user and returns an upload id to put in an application's answers.
         *     The type is checked from the file's content, not its name. An upload that no application uses within
         *     24 hours is deleted.
         */
        post: operations["createUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/uploads/{uploadId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an uploaded document
         * @description Only the uploader, or an officer of an OPD that holds an application using this upload, can download it.
         *     Everyone else gets 404.
         */
        get: operations["getUploadContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the logged-in citizen's applications
         * @description Applications from every OPD, those that need the citizen's action first, then newest first.
         */
        get: operations["listMyApplications"];
        put?: never;
        /**
         * Submit an application for a service
         * @description Validates the answers against the service's form definition with the shared `@padu/contract` rules; a
         *     422 lists every field error. The `Idempotency-Key` makes retries safe: the same key with the same body
         *     returns the application created the first time (with `Idempotent-Replayed: true`); the same key with a
         *     different body is refused with 409.
         */
        post: operations["submitApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one application
         * @description Readable by its applicant and by officers of the OPD that owns it; everyone else gets 404. Supports
         *     `ETag` / `If-None-Match`, so watching an application by polling costs a 304 while nothing changes.
         */
        get: operations["getApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationId}/resubmit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revise the answers and resubmit after "Perlu Perbaikan"
         * @description Only the applicant, and only while the application is `needs_revision`. The new answers are validated
         *     against the form definition of the version the application was made with. The application returns to
         *     `submitted` and its SLA clock runs again.
         *
         *     `answers` replace the stored answers, except those named in `keep`, which keep their stored answers.
         *     Responses show NIK and No. KK answers masked, so a client cannot send them back: it names the ones the
         *     citizen left untouched in `keep` rather than asking for them again, and never sends a mask as an answer
         *     (a mask is not a valid NIK or No. KK: 422).
         *
         *     In a repeating group, `keep` names one field of one item, `<group>/<index>/<field>`, and `items` says which
         *     stored item each item of `answers.<group>` revises, by the identities the application shows in `itemIds`
         *     (`null` for an item added now). So a family member's NIK stays as stored while another member's name
         *     changes, and items removed or reordered keep their own answers: a kept field always comes from the stored
         *     item its own item names, and a stored item can be named by one item only.
         *
         *     Refused with a pointer (422): a name in `keep` that is also answered (`keep.answered` at `/keep/<index>`),
         *     one the form does not have (`unknown_field`), a kept field of an item that revises no stored item
         *     (`keep.item_new`); in `items`, a list whose length is not the group's number of items
         *     (`keep.items_count` at `/items/<group>`), an identity that is not one of this application's stored items,
         *     as it is now (`keep.item_unknown` at `/items/<group>/<index>`: identities change with every status change,
         *     so a revision made from an older read is refused, not mixed up), and one named twice
         *     (`keep.item_repeated`).
         */
        post: operations["resubmitApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an application before it is processed
         * @description Only the applicant, and only while the state machine allows it (before `in_process`).
         */
        post: operations["cancelApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow an application's status changes live
         * @description A `text/event-stream`. Each status change is an event named `status` whose `id` is the change's sequence
         *     number and whose data is an `ApplicationStatusEvent`. Without `Last-Event-ID` the stream starts with the
         *     latest change (the current status); with it, every later change is replayed first, so `Last-Event-ID: 0`
         *     replays the whole history. A comment line is sent every 15 seconds as a heartbeat.
         */
        get: operations["streamApplicationEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tracking/{trackingCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Track an application by its tracking code
         * @description Public and anonymous. Shows the service, the OPD, the status, its history and the due date, and nothing
         *     personal: no NIK, no names, no answers, no officer identity and no notes (the applicant reads the
         *     officer's note after logging in). Supports `ETag` / `If-None-Match`. Lookups (and streams) have a limit
         *     of their own per client, so that codes cannot be guessed cheaply.
         */
        get: operations["trackApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tracking/{trackingCode}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow a tracking code's status changes live
         * @description Public and anonymous, like `trackApplication`: events named `status` carry a `PublicStatusEvent`, with no
         *     personal data and no notes. Without `Last-Event-ID` the stream starts with the latest change;
         *     `Last-Event-ID: n` replays every change after `n` first (`0`: the whole history). Heartbeats every 15
         *     seconds.
         */
        get: operations["streamTrackingEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/officer/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the officer's OPD queue
         * @description Officers see only the applications of their own OPD, oldest due first. Each carries the applicant's
         *     masked identity.
         */
        get: operations["listAgencyApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/officer/applications/{applicationId}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move an application to its next status
         * @description Only an officer of the owning OPD, and only along the transitions the shared state machine allows.
         *     `needs_revision` requires a note telling the citizen what to fix; `rejected` and `cancelled` require a
         *     reason. Notes are shown to the applicant, never on public tracking.
         */
        post: operations["transitionApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/authoring/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the services an admin authors
         * @description For an OPD admin, the services of their OPD; for the city's admin, every OPD's (or one, with `agencyId`).
         *     Published, retired and not yet published services alike, ordered by name. Citizens and officers get 403.
         */
        get: operations["listAuthoredServices"];
        put?: never;
        /**
         * Create a new service as a draft
         * @description A new service id in the admin's OPD (the city's admin names the OPD in `agencyId`), with a blank draft to
         *     fill in. Nothing is public until the draft is published. An id that is taken is a 409 (`service.exists`).
         */
        post: operations["createService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/authoring/services/{serviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a service's authoring state
         * @description Whether it is published or retired, its current version and whether a draft is open. Another OPD's service is 404.
         */
        get: operations["getAuthoredService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/authoring/services/{serviceId}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a service's draft
         * @description The draft as last saved, with its `ETag` (also in the body as `etag`) to send back as `If-Match`.
         */
        get: operations["getServiceDraft"];
        /**
         * Save a service's draft
         * @description Replaces the draft's content. `If-Match` must carry the draft's current `ETag`: a save made from an older
         *     copy (another admin saved in between) is 412 (`draft.stale`) and changes nothing; a save without
         *     `If-Match` is 428. A draft may be incomplete; `validateServiceDraft` says what publishing still needs.
         */
        put: operations["updateServiceDraft"];
        /**
         * Open a draft of a service
         * @description Blank, or a copy of a published version (`fromVersion`). One draft per service: when one is open, 409
         *     (`draft.exists`); save into it instead.
         */
        post: operations["createServiceDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/authoring/services/{serviceId}/draft/validation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check a draft as publishing would
         * @description Every problem that would stop `publishServiceDraft`, each with a JSON pointer into the draft's content
         *     (`/standard/requirements`, `/form/steps/0/fields/2/pattern`): the `Service` schema with the Standar
         *     Pelayanan and the data-protection notice, the form's own rules, and every `pattern` proven safe from
         *     catastrophic backtracking (`definition.unsafe_pattern`, with `params.reason` `exponential`, `polynomial`
         *     or `unknown` when it could not be proven safe; more than 100 patterns: `definition.too_many_patterns`).
         *     The same list, in the same shape, as the 422 that refuses a publish.
         */
        get: operations["validateServiceDraft"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/authoring/services/{serviceId}/draft/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Preview a draft as the service citizens would see
         * @description The draft as the `Service` it would publish (with the next version number), for the elements to render.
         *     A draft that is not yet a complete `Service` is a 422 listing what is missing, as `validateServiceDraft`.
         */
        get: operations["previewServiceDraft"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/authoring/services/{serviceId}/draft/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a draft as the next version
         * @description Checks everything `validateServiceDraft` checks; any problem is a 422 with every one of them. Otherwise
         *     the draft becomes version N+1, immutable, with the change note; it is in the public catalogue at once (a
         *     retired service is back in it), and the draft is closed. `If-Match` must carry the draft's `ETag`, so
         *     what is published is what the admin saw (412 otherwise; 428 without it). Applications keep the version
         *     they were made with.
         */
        post: operations["publishServiceDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/authoring/services/{serviceId}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retire (unpublish) a service
         * @description The service leaves the public catalogue and new applications for it are refused (409
         *     `service.retired`); applications already made continue: officers process them, citizens track and
         *     revise them. Publishing a new version brings it back. A service not published, or already retired, is a
         *     409.
         */
        post: operations["retireService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/authoring/services/{serviceId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a service's published versions
         * @description Newest first, each with its change note, who published it (user id and role) and when.
         */
        get: operations["listServiceVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/authoring/services/{serviceId}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Compare two versions of a service
         * @description What changed from version `from` to version `to` (without `to`: to the open draft), as a list of changes
         *     with JSON pointers: `added` (with `after`), `removed` (with `before`) and `changed` (both). Arrays are
         *     compared item by item. At most 500 changes are listed; `truncated` says when there were more.
         */
        get: operations["diffServiceVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/authoring/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the authoring audit log
         * @description Who created, changed, published or retired which service, which officer verified an applicant's
         *     identity on what evidence, who invited, disabled or enabled which staff account (and when an invitation
         *     was accepted), and who registered, changed, disabled or enabled which webhook endpoint, rotated its
         *     secret or re-sent one of its deliveries, and when, newest first. Who is a user id and a role, never
         *     personal data. An OPD admin reads their OPD's entries; the city's admin every OPD's (or one, with
         *     `agencyId`).
         */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/authoring/officers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an OPD's officers
         * @description The staff accounts of an OPD (officers and OPD admins), ordered by name: each with its status (`active`,
         *     `invited` until the invitation is accepted, `disabled`) and when it last signed in. An OPD admin sees their
         *     own OPD; the city's admin names one with `agencyId` (without it: every OPD's, by OPD and then name).
         *     Citizens and officers get 403.
         */
        get: operations["listOfficers"];
        put?: never;
        /**
         * Invite an officer
         * @description Makes a pending account (status `invited`) in the OPD and a one-time link, `/petugas/undangan#<token>` on
         *     the gateway, for the invited person to set their password (`acceptInvitation`). Send the link to them
         *     yourself: the gateway keeps only a hash of the token and never shows the link again. It works once, for
         *     72 hours. An OPD admin invites officers of their own OPD; the city's admin names the OPD in `agencyId` and
         *     may also invite an OPD admin (`role: opd_admin`). Inviting an email whose invitation is still pending in
         *     the same OPD makes a new link and withdraws the old one; an email another account uses is a 409
         *     (`account.email_taken`).
         */
        post: operations["inviteOfficer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/authoring/officers/{userId}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable an officer's account
         * @description The account can no longer log in, and every session it has ends at once: its access and refresh tokens
         *     stop working, and so do the single sign-on grants made from them. A pending invitation is withdrawn. An OPD
         *     admin disables officers of their own OPD; the city's admin any OPD's officers and OPD admins. Another
         *     OPD's account (or one that is not staff) is 404; one already disabled is a 409 (`officer.disabled`).
         */
        post: operations["disableOfficer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/authoring/officers/{userId}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable a disabled officer's account
         * @description The account may log in again with its password (its old sessions stay ended). An account disabled before
         *     it accepted its invitation goes back to `invited` and needs a new link (`inviteOfficer`). One that is not
         *     disabled is a 409 (`officer.not_disabled`); the rest as for `disableOfficer`.
         */
        post: operations["enableOfficer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/authoring/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an OPD's webhook endpoints
         * @description The endpoints where an OPD's own systems receive Padu's events (see `webhooks`), newest first, each with its
         *     URL, event types, description and status; never their secrets. An OPD admin sees their own OPD's; the city's
         *     admin every OPD's (or one, with `agencyId`). Citizens and officers get 403.
         */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Register a webhook endpoint
         * @description An endpoint of the OPD's own system (population records, permits, social aid) that receives the chosen
         *     events of the OPD's applications and services as they happen, signed by the Standard Webhooks scheme. The
         *     answer carries the endpoint's signing secret (`whsec_…`) this once: keep it in the receiving system; Padu
         *     never shows it again. The URL must be `https` and its host must resolve to public addresses only (not
         *     loopback, private, link-local or otherwise reserved): checked now, and again before every delivery; a URL
         *     refused is a 422 at `/url` (`webhook.url_refused`, with the reason in `params.reason`). An OPD admin registers
         *     endpoints of their own OPD; the city's admin names the OPD in `agencyId`. An OPD has at most 10 active
         *     endpoints (409 `webhook.too_many`).
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/authoring/webhooks/{endpointId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook endpoint
         * @description The endpoint without its secret. Another OPD's endpoint is 404.
         */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a webhook endpoint
         * @description Changes the URL, the event types or the description; what is left out stays. A new URL is checked as at
         *     registration. Events already queued go to the endpoint's URL as it is when each is sent. Another OPD's
         *     endpoint is 404.
         */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/authoring/webhooks/{endpointId}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable a webhook endpoint
         * @description No more events are queued for it, and the deliveries still waiting are marked failed (`endpoint_disabled`);
         *     they can be re-sent once it is enabled again. One already disabled is a 409 (`webhook.disabled`).
         */
        post: operations["disableWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/authoring/webhooks/{endpointId}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable a disabled webhook endpoint
         * @description Events are queued for it again from now on; what happened while it was disabled is not sent (re-send those
         *     deliveries one by one). One not disabled is a 409 (`webhook.not_disabled`), and so is one that would make
         *     more active endpoints than the OPD may have (`webhook.too_many`).
         */
        post: operations["enableWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/authoring/webhooks/{endpointId}/secret/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate a webhook endpoint's signing secret
         * @description Makes a new signing secret (`whsec_…`), shown in this answer only. The old one stays valid until
         *     `previousSecretExpiresAt` (24 hours by default): until then every delivery carries two signatures in
         *     `webhook-signature`, one with each secret, so the receiving system can switch to the new secret whenever it
         *     is ready. Rotating again within that time ends the oldest secret at once.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/authoring/webhooks/{endpointId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a webhook endpoint's deliveries
         * @description The events queued for the endpoint, newest first: each with its payload, its status (`pending` while it is
         *     being tried, `delivered` after a 2xx answer, `failed` after 24 hours of tries or when the endpoint was
         *     disabled), how many attempts it took and how the last one ended. Another OPD's endpoint is 404.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/authoring/webhooks/{endpointId}/deliveries/{deliveryId}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-send one webhook delivery
         * @description Queues a delivered or failed delivery again, at once, with the same `webhook-id` (a receiver that already
         *     has it may ignore it) and a fresh 24 hours of retries. One still pending is a 409 (`webhook.delivery_pending`);
         *     one of a disabled endpoint is a 409 (`webhook.disabled`).
         */
        post: operations["resendWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/officer/applications/{applicationId}/applicant-verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify the applicant's identity
         * @description An officer of the OPD that owns the application confirms that the applicant is who their account says,
         *     having seen the evidence named (the e-KTP at the counter, the Kartu Keluarga, or Dukcapil's data). The
         *     account becomes verified for every service, and the audit log of the OPD records who did it, when and on
         *     what evidence. An account already verified is a 409 (`applicant.already_verified`).
         */
        post: operations["verifyApplicant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check that the gateway and its database are up
         * @description For load balancers and monitoring. 200 when the gateway can read its database; 503 (a problem, with
         *     `Retry-After`) when it cannot. Never rate limited: one client's burst cannot take the gateway out of its
         *     load balancer.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get this contract
         * @description The OpenAPI document that the gateway implements, exactly as it validates requests.
         */
        get: operations["getContract"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "application.submitted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An application was submitted
         * @description A citizen submitted an application for one of the OPD's services. Read it through `data.links.application` to
         *     start processing it.
         *
         *     Padu POSTs it to every active endpoint of the OPD that receives `application.submitted`, signed per Standard
         *     Webhooks. Answer with a 2xx within 10 seconds and do the work afterwards: anything else is tried again, with
         *     exponential backoff, for 24 hours. Delivery is at least once; de-duplicate by `webhook-id`.
         */
        post: operations["onApplicationSubmitted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "application.resubmitted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An application was revised and sent again
         * @description The citizen revised an application that was returned for revision ("Perlu Perbaikan"); it is `submitted`
         *     again, with new answers.
         *
         *     Padu POSTs it to every active endpoint of the OPD that receives `application.resubmitted`, signed per Standard
         *     Webhooks. Answer with a 2xx within 10 seconds and do the work afterwards: anything else is tried again, with
         *     exponential backoff, for 24 hours. Delivery is at least once; de-duplicate by `webhook-id`.
         */
        post: operations["onApplicationResubmitted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "application.status_changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An application's status changed
         * @description An officer (or the OPD's system, through the API) moved an application to another status, other than a
         *     cancellation.
         *
         *     Padu POSTs it to every active endpoint of the OPD that receives `application.status_changed`, signed per Standard
         *     Webhooks. Answer with a 2xx within 10 seconds and do the work afterwards: anything else is tried again, with
         *     exponential backoff, for 24 hours. Delivery is at least once; de-duplicate by `webhook-id`.
         */
        post: operations["onApplicationStatusChanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "application.cancelled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An application was cancelled
         * @description The citizen cancelled an application before it was processed, or the OPD cancelled it (`data.actorRole`
         *     says who).
         *
         *     Padu POSTs it to every active endpoint of the OPD that receives `application.cancelled`, signed per Standard
         *     Webhooks. Answer with a 2xx within 10 seconds and do the work afterwards: anything else is tried again, with
         *     exponential backoff, for 24 hours. Delivery is at least once; de-duplicate by `webhook-id`.
         */
        post: operations["onApplicationCancelled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "service.published": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A service version was published
         * @description A new version of one of the OPD's services is in the public catalogue (published by an admin, or from the
         *     seed files).
         *
         *     Padu POSTs it to every active endpoint of the OPD that receives `service.published`, signed per Standard
         *     Webhooks. Answer with a 2xx within 10 seconds and do the work afterwards: anything else is tried again, with
         *     exponential backoff, for 24 hours. Delivery is at least once; de-duplicate by `webhook-id`.
         */
        post: operations["onServicePublished"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description A text in Bahasa Indonesia (required) and English (optional). */
        LocalizedText: {
            id: string;
            en?: string;
        };
        /**
         * Format: date-time
         * @description An RFC 3339 time in UTC.
         */
        Timestamp: string;
        /** @description A stable slug, e.g. `disdukcapil`. */
        AgencyId: string;
        /** @description A stable slug, e.g. `akta-kelahiran`. */
        ServiceId: string;
        /** Format: uuid */
        UploadId: string;
        /** Format: uuid */
        ApplicationId: string;
        /** Format: uuid */
        UserId: string;
        /**
         * @description A human-friendly code, e.g. `DKC-7KQ4-M2XP`: the OPD's three-letter prefix and eight characters from an
         *     alphabet without look-alikes (no 0/O, 1/I/L).
         */
        TrackingCode: string;
        /** @description Free text written by a person; shown as text, never as markup. */
        PlainText: string;
        /** @description A NIK with its middle eight digits hidden, e.g. `3571********0003`. */
        NikMasked: string;
        /** @description Pass as `cursor` to get the next page; `null` on the last page. */
        CursorValue: string | null;
        RegisterRequest: {
            /** @description The citizen's NIK; spaces, dots and dashes are ignored. */
            nik: string;
            name: string;
            /** Format: email */
            email?: string;
            /** @description An Indonesian phone number as `+62…`, `62…` or `08…`; stored as E.164. */
            phone?: string;
            /** Format: password */
            password: string;
        };
        LoginRequest: {
            /** @description A NIK or an email address. */
            identifier: string;
            /** Format: password */
            password: string;
        };
        RefreshRequest: {
            refreshToken: string;
        };
        AuthSession: {
            accessToken: string;
            /** @constant */
            tokenType: "Bearer";
            /**
             * Format: int32
             * @description Seconds until the access token expires.
             */
            expiresIn: number;
            refreshToken: string;
            /**
             * Format: int32
             * @description Seconds until the refresh token expires.
             */
            refreshExpiresIn: number;
            user: components["schemas"]["User"];
        };
        /**
         * @description A session in cookie mode (`Padu-Session: cookie`): an `AuthSession` without `refreshToken`, which is in the
         *     session cookie, where page JavaScript cannot read it.
         */
        CookieSession: {
            accessToken: string;
            /** @constant */
            tokenType: "Bearer";
            /**
             * Format: int32
             * @description Seconds until the access token expires.
             */
            expiresIn: number;
            /**
             * Format: int32
             * @description Seconds until the refresh token in the cookie expires (the cookie's `Max-Age`).
             */
            refreshExpiresIn: number;
            user: components["schemas"]["User"];
        };
        /** @description An `AuthSession`, or a `CookieSession` in cookie mode. */
        SessionOrCookieSession: components["schemas"]["AuthSession"] | components["schemas"]["CookieSession"];
        /** Format: uuid */
        SessionId: string;
        /** @description One session of the caller's account. */
        ActiveSession: {
            id: components["schemas"]["SessionId"];
            /**
             * @description `site`: started in a browser on an OPD site or on the gateway; `api`: started by a program without a
             *     browser (no `Origin`); `sso`: a single sign-on grant of an OIDC client.
             * @enum {string}
             */
            kind: "site" | "api" | "sso";
            /** @description The origin it started on (`https://dispendukcapil.kedirikota.go.id`), `API`, or the OIDC client's name. */
            site: string;
            /** @description A coarse label of the browser and system, e.g. `Chrome (Android)`; `null` when unknown. */
            device: string | null;
            createdAt: components["schemas"]["Timestamp"];
            /** @description When it last got fresh tokens (a login, a refresh, a token from an OIDC client). */
            lastUsedAt: components["schemas"]["Timestamp"];
            /** @description Whether this request was made with it. */
            current: boolean;
        };
        ActiveSessionPage: {
            data: components["schemas"]["ActiveSession"][];
            nextCursor: components["schemas"]["CursorValue"];
        };
        /**
         * @description `citizen`; `officer`, who processes one OPD's applications; `opd_admin`, who authors one OPD's services;
         *     `admin`, the city's SPBE team (e.g. Diskominfo), who authors the services of every OPD.
         * @enum {string}
         */
        UserRole: "citizen" | "officer" | "opd_admin" | "admin";
        User: {
            id: components["schemas"]["UserId"];
            role: components["schemas"]["UserRole"];
            name: string;
            /** @description The masked NIK; `null` for officer accounts without one. */
            nikMasked: components["schemas"]["NikMasked"] | null;
            /** Format: email */
            email: string | null;
            /** @description E.164. */
            phone: string | null;
            /** @description Whether an officer (or Dukcapil data) has confirmed this identity. */
            verified: boolean;
            /** @description The OPD an officer or OPD admin belongs to; `null` for citizens and the city's admins. */
            agencyId: components["schemas"]["AgencyId"] | null;
        };
        /** @enum {string} */
        AgencyKind: "dinas" | "badan" | "kecamatan" | "kelurahan";
        Agency: {
            id: components["schemas"]["AgencyId"];
            /** @description Three letters that start this OPD's tracking codes. */
            code: string;
            name: components["schemas"]["LocalizedText"];
            shortName: string;
            kind: components["schemas"]["AgencyKind"];
            /** @description For a kelurahan, its kecamatan. */
            parentId: components["schemas"]["AgencyId"] | null;
            /** Format: uri */
            website?: string;
            phone?: string;
            /** Format: email */
            email?: string;
            address?: string;
        };
        AgencyPage: {
            data: components["schemas"]["Agency"][];
            nextCursor: components["schemas"]["CursorValue"];
        };
        /**
         * @description kependudukan (civil registration), perizinan (permits), sosial, kelurahan letters, and others.
         * @enum {string}
         */
        ServiceCategory: "kependudukan" | "perizinan" | "sosial" | "kelurahan" | "kesehatan" | "pendidikan" | "lainnya";
        /**
         * @description menit, jam, hari, hari kerja.
         * @enum {string}
         */
        TimeUnit: "minutes" | "hours" | "days" | "working_days";
        /** @description Jangka waktu penyelesaian, counted from the moment the file is complete (sejak berkas lengkap). */
        TimeFrame: {
            /** Format: int32 */
            value: number;
            unit: components["schemas"]["TimeUnit"];
        };
        /** @description Biaya/tarif. `amount` 0 means Gratis. */
        Fee: {
            /**
             * Format: int64
             * @description Rupiah; when `variable`, the lowest amount (the note says how it is calculated).
             */
            amount: number;
            /**
             * @description Whether the fee depends on the case (e.g. a retribusi by building area), per `legalBasis`.
             * @default false
             */
            variable?: boolean;
            note?: components["schemas"]["LocalizedText"];
            legalBasis?: components["schemas"]["LocalizedText"];
        };
        ComplaintChannel: {
            name: string;
            /** Format: uri */
            url?: string;
            phone?: string;
            sms?: string;
            /** Format: email */
            email?: string;
        };
        /** @description The six Standar Pelayanan components (UU 25/2009, PermenPAN-RB 15/2014) and the legal basis. */
        ServiceStandard: {
            /** @description Persyaratan. */
            requirements: components["schemas"]["LocalizedText"][];
            /** @description Sistem, mekanisme, dan prosedur. */
            procedure: components["schemas"]["LocalizedText"][];
            timeFrame: components["schemas"]["TimeFrame"];
            fee: components["schemas"]["Fee"];
            /** @description Produk pelayanan. */
            product: components["schemas"]["LocalizedText"];
            /** @description Penanganan pengaduan, saran, dan masukan. */
            complaints: components["schemas"]["ComplaintChannel"][];
            /** @description Dasar hukum. */
            legalBasis?: components["schemas"]["LocalizedText"][];
        };
        /** @description What UU PDP 27/2022 asks to be shown before personal data is collected. */
        DataProtectionNotice: {
            purpose: components["schemas"]["LocalizedText"];
            lawfulBasis: components["schemas"]["LocalizedText"];
            retention: components["schemas"]["LocalizedText"];
            controller: components["schemas"]["LocalizedText"];
            /** @description The kinds of specific (sensitive) personal data the form collects. */
            sensitiveData?: components["schemas"]["LocalizedText"][];
        };
        /** @description A service as listed in the catalogue, without its form. */
        ServiceSummary: {
            id: components["schemas"]["ServiceId"];
            agencyId: components["schemas"]["AgencyId"];
            category: components["schemas"]["ServiceCategory"];
            name: components["schemas"]["LocalizedText"];
            summary: components["schemas"]["LocalizedText"];
            version: components["schemas"]["ServiceVersion"];
            /** @description Whether only verified accounts may apply. */
            requiresVerifiedAccount: boolean;
            standard: components["schemas"]["ServiceStandard"];
        };
        /** @description A service, with everything needed to show it and to apply for it. */
        Service: {
            id: components["schemas"]["ServiceId"];
            agencyId: components["schemas"]["AgencyId"];
            category: components["schemas"]["ServiceCategory"];
            name: components["schemas"]["LocalizedText"];
            summary: components["schemas"]["LocalizedText"];
            version: components["schemas"]["ServiceVersion"];
            /** @description Whether only verified accounts may apply. */
            requiresVerifiedAccount: boolean;
            standard: components["schemas"]["ServiceStandard"];
            dataProtection: components["schemas"]["DataProtectionNotice"];
            form: components["schemas"]["FormDefinition"];
        };
        /**
         * Format: int32
         * @description Goes up whenever the standard or the form changes; applications remember theirs.
         */
        ServiceVersion: number;
        ServicePage: {
            data: components["schemas"]["ServiceSummary"][];
            nextCursor: components["schemas"]["CursorValue"];
        };
        /**
         * @description The questions of a service, grouped into steps (pages). The gateway validates answers against it and the
         *     elements render it; both use `@padu/contract`'s validator, so the error codes are the same. It is data
         *     only: no expressions, no code.
         */
        FormDefinition: {
            steps: components["schemas"]["FormStep"][];
        };
        FormStep: {
            id: components["schemas"]["FormName"];
            title: components["schemas"]["LocalizedText"];
            description?: components["schemas"]["LocalizedText"];
            /** @description Show the step only when this holds; a hidden step's fields are hidden too. */
            visibleWhen?: components["schemas"]["Condition"];
            fields: components["schemas"]["FormField"][];
        };
        /** @description A snake_case name, unique within the form. */
        FormName: string;
        /**
         * @description - `group` is a repeating group: its `fields` (no nested groups) are asked once per item, between
         *       `minItems` and `maxItems` times; its answer is a list of objects of answers, one per item.
         *     - `content` is guidance text (`text`, `links`) between questions: not a question, it takes no answer.
         *     - `checkbox` with `options` is a multiple choice (answer: array of option values); without `options` it is
         *       a single yes/no box (answer: boolean; `required` means it must be ticked).
         *     - `file` answers are upload ids from `createUpload`.
         *     - `nik`, `kk` and `tel` answers are normalised (digits only; tel as E.164) before validation.
         * @enum {string}
         */
        FieldType: "text" | "textarea" | "number" | "date" | "select" | "radio" | "checkbox" | "email" | "tel" | "nik" | "kk" | "file" | "group" | "content";
        FieldOption: {
            value: string;
            label: components["schemas"]["LocalizedText"];
        };
        FormField: {
            name: components["schemas"]["FormName"];
            /** @description Readers meeting a type they do not know report it instead of guessing. */
            type: components["schemas"]["FieldType"] | string;
            /** @description The question; for a `content` block, its heading. */
            label: components["schemas"]["LocalizedText"];
            hint?: components["schemas"]["LocalizedText"];
            /** @default false */
            required?: boolean;
            /**
             * @description Ask the field only when this holds. A hidden field is neither required nor submitted: the browser and
             *     the gateway drop its answer (`pruneHidden` of `@padu/contract`).
             */
            visibleWhen?: components["schemas"]["Condition"];
            /** @description The field is required when this holds (or when `required` is true), and visible. */
            requiredWhen?: components["schemas"]["Condition"];
            /**
             * Format: regex
             * @description A regular expression (Unicode, anchored) the whole answer must match (text, textarea).
             */
            pattern?: string;
            /** @description What to tell the citizen when `pattern` does not match. */
            patternMessage?: components["schemas"]["LocalizedText"];
            /** Format: int32 */
            minLength?: number;
            /** Format: int32 */
            maxLength?: number;
            /** @description The smallest allowed number (number). */
            min?: number;
            /** @description The largest allowed number (number). */
            max?: number;
            /** @description Only whole numbers (number). */
            integer?: boolean;
            /** @description The earliest allowed date (date), or `today`. */
            minDate?: string;
            /** @description The latest allowed date (date), or `today`. */
            maxDate?: string;
            /** @description The choices (select, radio, checkbox). */
            options?: components["schemas"]["FieldOption"][];
            /** @description Allowed MIME types (file), checked by content on upload. */
            accept?: components["schemas"]["UploadMimeType"][];
            /**
             * Format: int32
             * @description The largest allowed file size (file).
             */
            maxBytes?: number;
            /** @description An HTML autocomplete token, e.g. `name` or `street-address`. */
            autocomplete?: string;
            prefill?: components["schemas"]["PrefillSource"];
            /**
             * @description With `prefill`: the citizen may not change the prefilled value; the gateway sets it from the account
             *     at submit, whatever was sent. Without a value in the account, the field is asked as usual.
             * @default false
             */
            prefillLocked?: boolean;
            /** @description The fields of each item (group). They may not be groups themselves. */
            fields?: components["schemas"]["FormField"][];
            /**
             * Format: int32
             * @description The fewest items (group, default 0; 1 when `required`).
             */
            minItems?: number;
            /**
             * Format: int32
             * @description The most items (group, default 50).
             */
            maxItems?: number;
            /** @description What one item is called (group), e.g. "Anggota keluarga"; elements number it. */
            itemLabel?: components["schemas"]["LocalizedText"];
            /** @description The guidance (content). Plain text, never markup; paragraphs are separated by a blank line. */
            text?: components["schemas"]["LocalizedText"];
            /** @description Links shown under the guidance (content). */
            links?: components["schemas"]["ContentLink"][];
        };
        ContentLink: {
            label: components["schemas"]["LocalizedText"];
            /**
             * Format: uri
             * @description An https URL.
             */
            href: string;
        };
        /**
         * @description Which value of the signed-in citizen's account fills the field at the start:
         *     - `name`: `User.name`; `email`: `User.email`; `phone`: `User.phone` (the browser fills these from `getMe`).
         *     - `nik`: the account's NIK. Responses only ever show it masked (`User.nikMasked`), so the browser shows
         *       the masked value and leaves the answer empty; the gateway fills in the account's NIK at submit when the
         *       answer is empty (and always when `prefillLocked`).
         *     - `kk`, `address`: accounts hold no No. KK nor address yet, so these are not filled today; the field is
         *       asked as usual. They are accepted so definitions need not change when accounts gain them.
         * @enum {string}
         */
        PrefillSource: "name" | "nik" | "kk" | "phone" | "email" | "address";
        /**
         * @description When a step or field applies, over the answers to earlier fields. Data, not code: one of
         *     - a comparison `{ field, <operator>: operand }` with exactly one operator:
         *       `equals`, `notEquals` (a checkbox list: contains / does not contain), `oneOf` (a list),
         *       `isEmpty: true`, `notEmpty: true`, `before`/`after` (a date field: `YYYY-MM-DD` or `today`),
         *       `lessThan`/`greaterThan` (a number field);
         *     - `{ all: [...] }`, `{ any: [...] }`, `{ not: {...} }`, nested at most three deep (`ConditionNested`,
         *       then comparisons only).
         *     `field` names an earlier field (of an earlier step, or earlier in the same group item). A hidden field
         *     counts as unanswered. Example: `{ any: [{ field: keperluan, equals: lainnya }, { field: usia, lessThan: 17 }] }`.
         */
        Condition: components["schemas"]["Comparison"] | {
            all: components["schemas"]["ConditionNested"][];
        } | {
            any: components["schemas"]["ConditionNested"][];
        } | {
            not: components["schemas"]["ConditionNested"];
        };
        /** @description A condition inside `all`, `any` or `not` (one level less deep than `Condition`). */
        ConditionNested: components["schemas"]["Comparison"] | {
            all: components["schemas"]["Comparison"][];
        } | {
            any: components["schemas"]["Comparison"][];
        } | {
            not: components["schemas"]["Comparison"];
        };
        /** @description One field compared with one operator (exactly one besides `field`). */
        Comparison: {
            field: components["schemas"]["FormName"];
            equals?: components["schemas"]["ConditionOperand"];
            notEquals?: components["schemas"]["ConditionOperand"];
            oneOf?: (string | number)[];
            /** @enum {boolean} */
            isEmpty?: true;
            /** @enum {boolean} */
            notEmpty?: true;
            before?: components["schemas"]["DateBound"];
            after?: components["schemas"]["DateBound"];
            lessThan?: number;
            greaterThan?: number;
        };
        /** @description What `equals`/`notEquals` compare with; its type fits the field (a number for a number field, a boolean for a single checkbox). */
        ConditionOperand: string | number | boolean;
        /** @description A `YYYY-MM-DD` date, or `today` (in WIB). */
        DateBound: string;
        /** @description A string (text, date, select, radio, email, tel, nik, kk, file upload id), a number, a boolean (a single checkbox) or a list of option values (checkbox with options). */
        AnswerScalar: string | number | boolean | string[];
        /** @description The answer to one field; for a `group`, a list of items (`GroupItemAnswers`). */
        AnswerValue: components["schemas"]["AnswerScalar"] | components["schemas"]["GroupItemAnswers"][];
        /** @description The answers of one item of a group, keyed by the names of the group's fields. */
        GroupItemAnswers: {
            [key: string]: components["schemas"]["AnswerScalar"];
        };
        /** @description Answers keyed by field name. */
        Answers: {
            [key: string]: components["schemas"]["AnswerValue"];
        };
        /** @enum {string} */
        UploadMimeType: "application/pdf" | "image/jpeg" | "image/png";
        UploadRequest: {
            /** @description A PDF, JPEG or PNG of at most 10 MiB. */
            file: components["schemas"]["BinaryFile"];
        };
        /** Format: binary */
        BinaryFile: Blob;
        Upload: {
            id: components["schemas"]["UploadId"];
            fileName: string;
            mimeType: components["schemas"]["UploadMimeType"];
            /** Format: int32 */
            bytes: number;
            sha256: string;
            createdAt: components["schemas"]["Timestamp"];
            /** @description When it is deleted if no application uses it; `null` once one does. */
            expiresAt: components["schemas"]["Timestamp"] | null;
        };
        /**
         * @description The shared lifecycle (labels in Bahasa Indonesia): Diajukan, Sedang Diverifikasi, Perlu Perbaikan, Sedang
         *     Diproses, Menunggu Tanda Tangan, Selesai, Siap Diambil, Ditolak, Dibatalkan. The allowed transitions are
         *     in `@padu/contract`.
         * @enum {string}
         */
        ApplicationStatus: "submitted" | "verifying" | "needs_revision" | "in_process" | "awaiting_signature" | "completed" | "ready_for_pickup" | "rejected" | "cancelled";
        /** @enum {string} */
        ActorRole: "citizen" | "officer" | "system";
        /** @description Who made a change, as a role and OPD; never an officer's personal data. */
        Actor: {
            role: components["schemas"]["ActorRole"];
            agencyId: components["schemas"]["AgencyId"] | null;
        };
        StatusChange: {
            /**
             * Format: int64
             * @description Increases with every change of any application; the `id` of its live event.
             */
            sequence: number;
            status: components["schemas"]["ApplicationStatus"];
            at: components["schemas"]["Timestamp"];
            actor: components["schemas"]["Actor"];
            /** @description The officer's note or reason (required for needs_revision, rejected and an OPD's cancel). */
            note: components["schemas"]["PlainText"] | null;
        };
        /**
         * @description When the application should be done. The clock runs from submission, pauses while `needs_revision`
         *     and stops at a final status. `dueAt` is `null` when paused, or when the holiday calendar of a year it
         *     reaches is not published yet (`reason` says which).
         */
        DueDate: {
            timeFrame: components["schemas"]["TimeFrame"];
            dueAt: components["schemas"]["Timestamp"] | null;
            paused: boolean;
            /** @enum {string|null} */
            reason: "paused" | "calendar_missing" | null;
        };
        /** @description The applicant as an officer of the owning OPD sees them. */
        ApplicantSummary: {
            name: string;
            nikMasked: components["schemas"]["NikMasked"] | null;
            verified: boolean;
        };
        Application: {
            id: components["schemas"]["ApplicationId"];
            trackingCode: components["schemas"]["TrackingCode"];
            serviceId: components["schemas"]["ServiceId"];
            serviceVersion: components["schemas"]["ServiceVersion"];
            serviceName: components["schemas"]["LocalizedText"];
            agencyId: components["schemas"]["AgencyId"];
            agencyName: components["schemas"]["LocalizedText"];
            status: components["schemas"]["ApplicationStatus"];
            /** @description NIK and No. KK answers are masked in this response. */
            answers: components["schemas"]["Answers"];
            /**
             * @description For the applicant, when the answers hold group items: the identity of each stored item, by group, in the
             *     order of `answers.<group>`. A revision names them in `resubmitApplication`'s `items`, so the answers it
             *     leaves untouched in an item (its masked NIK) stay as stored. Opaque; they change with every status
             *     change of the application.
             */
            itemIds?: {
                [key: string]: components["schemas"]["GroupItemId"][];
            };
            attachments: components["schemas"]["Upload"][];
            /** @description Every status change, oldest first. */
            history: components["schemas"]["StatusChange"][];
            submittedAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
            due: components["schemas"]["DueDate"];
            /** @description Present for officers of the owning OPD; `null` for the applicant themself. */
            applicant: components["schemas"]["ApplicantSummary"] | null;
        };
        ApplicationPage: {
            data: components["schemas"]["Application"][];
            nextCursor: components["schemas"]["CursorValue"];
        };
        SubmitApplicationRequest: {
            serviceId: components["schemas"]["ServiceId"];
            answers: components["schemas"]["Answers"];
        };
        ResubmitApplicationRequest: {
            /** @description The revised answers; they replace the stored ones, except those named in `keep`. */
            answers: components["schemas"]["Answers"];
            /**
             * @description Answers whose stored values stay as they are, for the masked NIK and No. KK answers the citizen left
             *     untouched (a client only ever sees them masked). Not also in `answers`; a kept answer with nothing
             *     stored stays unanswered.
             */
            keep?: components["schemas"]["KeptAnswer"][];
            /**
             * @description For each group with kept item fields: the stored item each item of `answers.<group>` revises, one entry
             *     per item, in order, by its identity in the application's `itemIds`; `null` for an item added in this
             *     revision. Each stored item may be named once.
             */
            items?: {
                [key: string]: (components["schemas"]["GroupItemId"] | null)[];
            };
        };
        /**
         * @description A field whose stored answer stays, `nik`, or one field of one item of a group, `<group>/<index>/<field>`:
         *     that field of item `<index>` of `answers.<group>` as stored in the item it revises (`items`).
         */
        KeptAnswer: string;
        /** @description The identity of one stored item of a group answer (`Application.itemIds`); opaque. */
        GroupItemId: string;
        CancelApplicationRequest: {
            reason?: components["schemas"]["PlainText"];
        };
        TransitionRequest: {
            to: components["schemas"]["ApplicationStatus"];
            note?: components["schemas"]["PlainText"];
        };
        /** @description The data of a `status` event on an application's stream. */
        ApplicationStatusEvent: {
            /** Format: int64 */
            sequence: number;
            applicationId: components["schemas"]["ApplicationId"];
            trackingCode: components["schemas"]["TrackingCode"];
            status: components["schemas"]["ApplicationStatus"];
            at: components["schemas"]["Timestamp"];
            actor: components["schemas"]["Actor"];
            note: components["schemas"]["PlainText"] | null;
        };
        /** @description Server-sent events (text/event-stream), one `status` event per change. */
        EventStream: string;
        PublicStatusChange: {
            /** Format: int64 */
            sequence: number;
            status: components["schemas"]["ApplicationStatus"];
            at: components["schemas"]["Timestamp"];
            actorRole: components["schemas"]["ActorRole"];
        };
        /** @description The data of a `status` event on a tracking code's stream. */
        PublicStatusEvent: {
            /** Format: int64 */
            sequence: number;
            trackingCode: components["schemas"]["TrackingCode"];
            status: components["schemas"]["ApplicationStatus"];
            at: components["schemas"]["Timestamp"];
            actorRole: components["schemas"]["ActorRole"];
        };
        /** @description What anyone with the tracking code may see. Nothing personal. */
        PublicTracking: {
            trackingCode: components["schemas"]["TrackingCode"];
            serviceId: components["schemas"]["ServiceId"];
            serviceName: components["schemas"]["LocalizedText"];
            agencyId: components["schemas"]["AgencyId"];
            agencyName: components["schemas"]["LocalizedText"];
            status: components["schemas"]["ApplicationStatus"];
            history: components["schemas"]["PublicStatusChange"][];
            submittedAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
            due: components["schemas"]["DueDate"];
        };
        Health: {
            /** @constant */
            status: "ok";
            version: string;
            /** @constant */
            database: "ok";
            time: components["schemas"]["Timestamp"];
        };
        FieldError: {
            /** @description A JSON pointer (RFC 6901) into the request body, e.g. `/answers/nik`; `""` for the whole body. */
            pointer: string;
            /** @description A stable code, e.g. `required` or `nik.date`; the list is in `@padu/contract`. */
            code: string;
            message: string;
            /** @description Values for the message, e.g. `{ "max": 10 }`. */
            params?: {
                [key: string]: string | number;
            };
        };
        /** @description RFC 9457 problem details. */
        Problem: {
            /**
             * Format: uri-reference
             * @description Identifies the kind of problem, e.g. `https://padu.kedirikota.go.id/problems/validation`.
             */
            type: string;
            title: string;
            /** Format: int32 */
            status: number;
            detail?: string;
            /** Format: uri-reference */
            instance?: string;
            /**
             * @description A stable machine-readable code for the whole problem: one per kind (`bad_request`, `invalid_parameter`,
             *     `unauthorized`, `invalid_credentials`, `forbidden`, `not_found`, `method_not_allowed`,
             *     `request_timeout`, `conflict`, `payload_too_large`, `unsupported_media_type`, `validation`,
             *     `rate_limited`, `header_too_large`, `internal`, `unavailable`)
             *     or a more precise one: `account.unverified`, `idempotency.key_reused`, `refresh_token.reused`,
             *     `refresh_token.invalid`, `refresh_token.missing`, `session.origin_refused`, `session.header_required`,
             *     `application.not_revisable`, `application.changed`, `transition.not_allowed`,
             *     `transition.forbidden_role`, `transition.note_required`, `service.exists`, `service.retired`,
             *     `service.not_published`, `draft.exists`, `draft.stale`, `applicant.already_verified`,
             *     `account.email_taken`, `account.disabled`, `officer.disabled`, `officer.not_disabled`,
             *     `invitation.invalid`, `invitation.used`, `invitation.expired`, `webhook.disabled`, `webhook.not_disabled`,
             *     `webhook.too_many`, `webhook.delivery_pending`;
             *     `precondition_required` (428). Field errors use the codes of
             *     `@padu/contract`'s form rules.
             */
            code?: string;
            requestId?: string;
            /**
             * Format: int32
             * @description The same as the `Retry-After` header, in seconds.
             */
            retryAfter?: number;
            /** @description The first field errors; `detail` says how many more there were. */
            errors?: components["schemas"]["FieldError"][];
        };
        /** @description Who did it, as an account id and a role; never a name or other personal data. */
        Author: {
            userId: components["schemas"]["UserId"];
            role: components["schemas"]["UserRole"];
        };
        /**
         * @description What the officer saw - the e-KTP itself, the Kartu Keluarga, or the record in Dukcapil's data.
         * @enum {string}
         */
        IdentityEvidence: "ktp_el" | "kartu_keluarga" | "dukcapil_data";
        IdentityVerificationRequest: {
            evidence: components["schemas"]["IdentityEvidence"];
        };
        /**
         * @description `unpublished`: never published (only a draft); `retired`: out of the catalogue, applications made before continue.
         * @enum {string}
         */
        ServiceState: "unpublished" | "published" | "retired";
        AuthoredService: {
            id: components["schemas"]["ServiceId"];
            agencyId: components["schemas"]["AgencyId"];
            category: components["schemas"]["ServiceCategory"];
            name: components["schemas"]["LocalizedText"];
            state: components["schemas"]["ServiceState"];
            /** @description The latest published version; `null` before the first publish. */
            currentVersion: components["schemas"]["ServiceVersion"] | null;
            /** @description Whether a draft is open. */
            hasDraft: boolean;
            retiredAt: components["schemas"]["Timestamp"] | null;
        };
        AuthoredServicePage: {
            data: components["schemas"]["AuthoredService"][];
            nextCursor: components["schemas"]["CursorValue"];
        };
        CreateServiceRequest: {
            id: components["schemas"]["ServiceId"];
            /** @description The OPD; required of the city's admin, and an OPD admin may only name their own. */
            agencyId?: components["schemas"]["AgencyId"];
            category: components["schemas"]["ServiceCategory"];
            name: components["schemas"]["LocalizedText"];
        };
        CreateDraftRequest: {
            /** @description Copy this published version; without it the draft starts blank. */
            fromVersion?: components["schemas"]["ServiceVersion"];
        };
        /**
         * @description A part of a draft as the admin left it: the shape of the same part of `Service`, possibly incomplete.
         *     It is checked against `Service` when validated and published, not when saved.
         */
        DraftPart: {
            [key: string]: unknown;
        };
        /** @description The parts of a `Service` an admin edits; each may be missing or incomplete while drafting. */
        ServiceDraftContent: {
            category?: components["schemas"]["ServiceCategory"];
            name?: components["schemas"]["DraftPart"];
            summary?: components["schemas"]["DraftPart"];
            requiresVerifiedAccount?: boolean;
            standard?: components["schemas"]["DraftPart"];
            dataProtection?: components["schemas"]["DraftPart"];
            form?: components["schemas"]["DraftPart"];
        };
        ServiceDraft: {
            serviceId: components["schemas"]["ServiceId"];
            agencyId: components["schemas"]["AgencyId"];
            /** @description The published version it was copied from; `null` for a blank draft. */
            basedOnVersion: components["schemas"]["ServiceVersion"] | null;
            /** @description The draft's `ETag`, to send as `If-Match` when saving or publishing it. */
            etag: string;
            updatedAt: components["schemas"]["Timestamp"];
            updatedBy: components["schemas"]["Author"];
            content: components["schemas"]["ServiceDraftContent"];
        };
        DraftValidation: {
            /** @description Whether the draft can be published as it is. */
            valid: boolean;
            /**
             * Format: int32
             * @description How many problems there are; `errors` lists the first 100.
             */
            errorCount: number;
            /** @description Each problem, with a JSON pointer into the draft's `content`. */
            errors: components["schemas"]["FieldError"][];
        };
        PublishRequest: {
            /** @description What changed and why, for the version history. */
            changeNote: string;
        };
        RetireRequest: {
            /** @description Why the service is retired, for the audit log. */
            note: string;
        };
        ServiceVersionInfo: {
            version: components["schemas"]["ServiceVersion"];
            publishedAt: components["schemas"]["Timestamp"];
            /** @description `null` for versions the gateway published from its seed data. */
            publishedBy: components["schemas"]["Author"] | null;
            changeNote: string | null;
        };
        ServiceVersionPage: {
            data: components["schemas"]["ServiceVersionInfo"][];
            nextCursor: components["schemas"]["CursorValue"];
        };
        DiffChange: {
            /** @enum {string} */
            op: "added" | "removed" | "changed";
            /** @description A JSON pointer into the service (without its version). */
            pointer: string;
            /** @description The value in `from` (for `removed` and `changed`). */
            before?: unknown;
            /** @description The value in `to` (for `added` and `changed`). */
            after?: unknown;
        };
        ServiceDiff: {
            from: components["schemas"]["ServiceVersion"];
            /** @description `null`: the open draft. */
            to: components["schemas"]["ServiceVersion"] | null;
            changes: components["schemas"]["DiffChange"][];
            /** @description Whether there were more than 500 changes. */
            truncated: boolean;
        };
        /**
         * @description The staff roles of an OPD.
         * @enum {string}
         */
        OfficerRole: "officer" | "opd_admin";
        /**
         * @description `invited`: the invitation is not accepted yet (the account cannot log in); `disabled`: by an admin.
         * @enum {string}
         */
        OfficerStatus: "active" | "invited" | "disabled";
        /** @description A staff account of an OPD, as its admins see it. */
        Officer: {
            id: components["schemas"]["UserId"];
            agencyId: components["schemas"]["AgencyId"];
            role: components["schemas"]["OfficerRole"];
            name: string;
            /** Format: email */
            email: string | null;
            status: components["schemas"]["OfficerStatus"];
            /** @description When the account last started a session; `null` if never (since sign-ins were recorded). */
            lastSignInAt: components["schemas"]["Timestamp"] | null;
        };
        OfficerPage: {
            data: components["schemas"]["Officer"][];
            nextCursor: components["schemas"]["CursorValue"];
        };
        InviteOfficerRequest: {
            /** @description The OPD; required of the city's admin, and an OPD admin may only name their own. */
            agencyId?: components["schemas"]["AgencyId"];
            name: string;
            /** Format: email */
            email: string;
            /** @description `officer` unless given; only the city's admin invites an `opd_admin`. */
            role?: components["schemas"]["OfficerRole"];
        };
        OfficerInvitation: {
            officer: components["schemas"]["Officer"];
            /**
             * Format: uri
             * @description The one-time link, `<gateway>/petugas/undangan#<token>`; shown this once only.
             */
            link: string;
            expiresAt: components["schemas"]["Timestamp"];
        };
        /** @description The token from the fragment of an invitation link. */
        InvitationToken: string;
        AcceptInvitationRequest: {
            token: components["schemas"]["InvitationToken"];
            /** Format: password */
            password: string;
            /** @description The name the account goes by, as its owner writes it; without it, the name the admin gave in the invitation. */
            name?: string;
        };
        /** @enum {string} */
        AuditAction: "service.created" | "draft.opened" | "draft.saved" | "service.published" | "service.retired" | "applicant.verified" | "officer.invited" | "officer.disabled" | "officer.enabled" | "invitation.accepted" | "webhook.created" | "webhook.updated" | "webhook.disabled" | "webhook.enabled" | "webhook.secret_rotated" | "webhook.delivery_resent";
        AuditEntry: {
            /**
             * Format: int64
             * @description Increasing; the order of the log.
             */
            id: number;
            at: components["schemas"]["Timestamp"];
            actor: components["schemas"]["Author"];
            action: components["schemas"]["AuditAction"];
            agencyId: components["schemas"]["AgencyId"];
            /** @description The service acted on; `null` for the officer actions. */
            serviceId: components["schemas"]["ServiceId"] | null;
            /** @description The version published (or, for a draft opened as a copy, copied). */
            version: components["schemas"]["ServiceVersion"] | null;
            /** @description The change note of a publish, the reason of a retirement. */
            note: string | null;
            /** @description For `applicant.verified`, the application whose applicant was verified. */
            applicationId: components["schemas"]["ApplicationId"] | null;
            /** @description For `applicant.verified`, what the officer saw. */
            evidence: components["schemas"]["IdentityEvidence"] | null;
            /** @description For the officer actions, the account invited, disabled or enabled, or that accepted its invitation. */
            subjectUserId: components["schemas"]["UserId"] | null;
            /** @description For the webhook actions, the endpoint registered, changed, disabled, enabled, given a new secret, or one of whose deliveries was re-sent. */
            webhookEndpointId: components["schemas"]["WebhookEndpointId"] | null;
        };
        AuditEntryPage: {
            data: components["schemas"]["AuditEntry"][];
            nextCursor: components["schemas"]["CursorValue"];
        };
        /**
         * @description `application.submitted`: a citizen submitted an application; `application.resubmitted`: they sent it
         *     again, revised, after "Perlu Perbaikan"; `application.status_changed`: an officer moved it on (any other
         *     status); `application.cancelled`: the citizen or the OPD cancelled it; `service.published`: a new version
         *     of a service was published.
         * @enum {string}
         */
        WebhookEventType: "application.submitted" | "application.resubmitted" | "application.status_changed" | "application.cancelled" | "service.published";
        /** Format: uuid */
        WebhookEndpointId: string;
        /** Format: uuid */
        WebhookDeliveryId: string;
        /**
         * @description The event's id, sent as the `webhook-id` header: the same for every attempt, every re-send and every
         *     endpoint that receives the event. Receivers de-duplicate by it (delivery is at least once).
         */
        WebhookEventId: string;
        /**
         * @description A Standard Webhooks signing secret: `whsec_` and 32 random bytes in base64. Verify deliveries with it
         *     (`verifyWebhook` of `@padu/sdk/webhooks`, or any Standard Webhooks library).
         */
        WebhookSecret: string;
        /**
         * Format: uri
         * @description Where deliveries are POSTed: `https`, without credentials or a fragment, on a host whose addresses are
         *     public. (Plain `http` and private addresses only where the gateway allows them, for local tests and demos.)
         */
        WebhookUrl: string;
        /** @description What the endpoint is, for the OPD's admins, e.g. `Sistem perizinan DPMPTSP`. */
        WebhookDescription: string;
        /** @description The events the endpoint receives. */
        WebhookEventTypes: components["schemas"]["WebhookEventType"][];
        /** @enum {string} */
        WebhookEndpointStatus: "active" | "disabled";
        /** @description An endpoint of an OPD's own system that receives Padu's events. Its secret is never shown here. */
        WebhookEndpoint: {
            id: components["schemas"]["WebhookEndpointId"];
            agencyId: components["schemas"]["AgencyId"];
            url: components["schemas"]["WebhookUrl"];
            eventTypes: components["schemas"]["WebhookEventTypes"];
            description: components["schemas"]["WebhookDescription"] | null;
            status: components["schemas"]["WebhookEndpointStatus"];
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
            /** @description After a rotation, until when the previous secret still signs deliveries (beside the new one). */
            previousSecretExpiresAt: components["schemas"]["Timestamp"] | null;
        };
        WebhookEndpointPage: {
            data: components["schemas"]["WebhookEndpoint"][];
            nextCursor: components["schemas"]["CursorValue"];
        };
        CreateWebhookEndpointRequest: {
            /** @description The OPD; required of the city's admin, and an OPD admin may only name their own. */
            agencyId?: components["schemas"]["AgencyId"];
            url: components["schemas"]["WebhookUrl"];
            eventTypes: components["schemas"]["WebhookEventTypes"];
            description?: components["schemas"]["WebhookDescription"];
        };
        UpdateWebhookEndpointRequest: {
            url?: components["schemas"]["WebhookUrl"];
            eventTypes?: components["schemas"]["WebhookEventTypes"];
            /** @description A new description, or `null` for none. */
            description?: components["schemas"]["WebhookDescription"] | null;
        };
        WebhookEndpointSecret: {
            endpoint: components["schemas"]["WebhookEndpoint"];
            /** @description The signing secret, shown in this answer only. */
            secret: components["schemas"]["WebhookSecret"];
        };
        /** @enum {string} */
        WebhookDeliveryStatus: "pending" | "delivered" | "failed";
        /**
         * @description How the last attempt failed: `http_status` (an answer other than 2xx or 3xx), `redirect` (a 3xx; redirects
         *     are not followed), `timeout` (no answer in time), `connection` (refused or reset), `tls` (the certificate
         *     was not valid for the host), `unresolvable` (the host has no address), `address_refused` (the host resolved
         *     to an address that is not public), `endpoint_disabled` (the endpoint was disabled before it was delivered).
         * @enum {string}
         */
        WebhookDeliveryError: "http_status" | "redirect" | "timeout" | "connection" | "tls" | "unresolvable" | "address_refused" | "endpoint_disabled";
        /** @description One event queued for one endpoint. */
        WebhookDelivery: {
            id: components["schemas"]["WebhookDeliveryId"];
            endpointId: components["schemas"]["WebhookEndpointId"];
            eventId: components["schemas"]["WebhookEventId"];
            eventType: components["schemas"]["WebhookEventType"];
            status: components["schemas"]["WebhookDeliveryStatus"];
            /**
             * Format: int32
             * @description Attempts made so far.
             */
            attempts: number;
            createdAt: components["schemas"]["Timestamp"];
            lastAttemptAt: components["schemas"]["Timestamp"] | null;
            /** @description When it is tried next, while pending. */
            nextAttemptAt: components["schemas"]["Timestamp"] | null;
            deliveredAt: components["schemas"]["Timestamp"] | null;
            /**
             * Format: int32
             * @description The HTTP status of the last answer, if one came.
             */
            lastResponseStatus: number | null;
            /** @description How the last attempt failed; `null` after a success, or before the first attempt. */
            lastError: components["schemas"]["WebhookDeliveryError"] | null;
            event: components["schemas"]["WebhookEvent"];
        };
        WebhookDeliveryPage: {
            data: components["schemas"]["WebhookDelivery"][];
            nextCursor: components["schemas"]["CursorValue"];
        };
        WebhookApplicationLinks: {
            /**
             * Format: uri
             * @description The application in the API (`getApplication`), for the OPD's officers and clients.
             */
            application: string;
            /**
             * Format: uri
             * @description Its public tracking in the API (`trackApplication`).
             */
            tracking: string;
        };
        /**
         * @description What happened to an application, as ids and links: no answers, names, NIK or notes. Read the application
         *     through the API (`links.application`) with the OPD's credentials for the rest.
         */
        WebhookApplicationData: {
            applicationId: components["schemas"]["ApplicationId"];
            trackingCode: components["schemas"]["TrackingCode"];
            agencyId: components["schemas"]["AgencyId"];
            serviceId: components["schemas"]["ServiceId"];
            serviceVersion: components["schemas"]["ServiceVersion"];
            status: components["schemas"]["ApplicationStatus"];
            /** @description The status before this change; `null` for a new application. */
            previousStatus: components["schemas"]["ApplicationStatus"] | null;
            actorRole: components["schemas"]["ActorRole"];
            /**
             * Format: int64
             * @description The status change's sequence (increasing over every application), to order events.
             */
            sequence: number;
            links: components["schemas"]["WebhookApplicationLinks"];
        };
        WebhookServiceData: {
            serviceId: components["schemas"]["ServiceId"];
            version: components["schemas"]["ServiceVersion"];
            agencyId: components["schemas"]["AgencyId"];
            links: {
                /**
                 * Format: uri
                 * @description The service in the public catalogue (`getService`).
                 */
                service: string;
            };
        };
        /** @description The payload of `application.submitted`. */
        WebhookApplicationSubmittedEvent: {
            id: components["schemas"]["WebhookEventId"];
            /** @constant */
            type: "application.submitted";
            /** @description When it happened (committed). */
            timestamp: components["schemas"]["Timestamp"];
            data: components["schemas"]["WebhookApplicationData"];
        };
        /** @description The payload of `application.resubmitted`. */
        WebhookApplicationResubmittedEvent: {
            id: components["schemas"]["WebhookEventId"];
            /** @constant */
            type: "application.resubmitted";
            timestamp: components["schemas"]["Timestamp"];
            data: components["schemas"]["WebhookApplicationData"];
        };
        /** @description The payload of `application.status_changed`. */
        WebhookApplicationStatusChangedEvent: {
            id: components["schemas"]["WebhookEventId"];
            /** @constant */
            type: "application.status_changed";
            timestamp: components["schemas"]["Timestamp"];
            data: components["schemas"]["WebhookApplicationData"];
        };
        /** @description The payload of `application.cancelled`. */
        WebhookApplicationCancelledEvent: {
            id: components["schemas"]["WebhookEventId"];
            /** @constant */
            type: "application.cancelled";
            timestamp: components["schemas"]["Timestamp"];
            data: components["schemas"]["WebhookApplicationData"];
        };
        /** @description The payload of `service.published`. */
        WebhookServicePublishedEvent: {
            id: components["schemas"]["WebhookEventId"];
            /** @constant */
            type: "service.published";
            timestamp: components["schemas"]["Timestamp"];
            data: components["schemas"]["WebhookServiceData"];
        };
        /** @description Any event Padu delivers, told apart by `type`. */
        WebhookEvent: components["schemas"]["WebhookApplicationSubmittedEvent"] | components["schemas"]["WebhookApplicationResubmittedEvent"] | components["schemas"]["WebhookApplicationStatusChangedEvent"] | components["schemas"]["WebhookApplicationCancelledEvent"] | components["schemas"]["WebhookServicePublishedEvent"];
    };
    responses: {
        /** @description The request could not be read (malformed JSON, a bad header or parameter). */
        BadRequest: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No valid access token (or refresh token) was given. */
        Unauthorized: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "X-Request-Id": components["headers"]["XRequestId"];
                /** @description `Bearer`, with an `error` when a token was given but is not valid. */
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The identifier or the password is wrong. The answer does not say which. */
        InvalidCredentials: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Logged in, but this role or account may not do this. */
        Forbidden: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description Cookie mode refused: the request's `Origin` is missing or neither the gateway's own nor on its CORS
         *     allow-list (`session.origin_refused`), or the session cookie came without `Padu-Session: cookie`
         *     (`session.header_required`, e.g. a form posted from another site). For `login`, also a disabled staff
         *     account whose password was right (`account.disabled`).
         */
        CookieRefused: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Nothing here, or nothing the caller may see. */
        NotFound: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request conflicts with the current state (a transition not allowed now, a reused key). */
        Conflict: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The `If-Match` does not match the current version (someone else saved in between); nothing changed. */
        PreconditionFailed: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request must carry `If-Match` with the `ETag` last read. */
        PreconditionRequired: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body or the file is larger than allowed. */
        PayloadTooLarge: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body's content type (or an uploaded file's detected type) is not accepted. */
        UnsupportedMediaType: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request was read but is not valid; `errors[]` says where and why. */
        ValidationFailed: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many requests (or login attempts); try again after `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "X-Request-Id": components["headers"]["XRequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Something failed inside the gateway. The details are in its logs under the request id. */
        InternalError: {
            headers: {
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The gateway is overloaded or under maintenance; try again after `Retry-After` seconds. */
        ServiceUnavailable: {
            headers: {
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "X-Request-Id": components["headers"]["XRequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description The `nextCursor` of the previous page. */
        Cursor: string;
        /** @description The largest number of items on one page. */
        Limit: number;
        /**
         * @description The agency's id.
         * @example disdukcapil
         */
        AgencyId: components["schemas"]["AgencyId"];
        /**
         * @description The service's id.
         * @example akta-kelahiran
         */
        ServiceId: components["schemas"]["ServiceId"];
        /**
         * @description The upload's id.
         * @example 0f8c2a8e-6a4c-4b57-9a0e-2c1d3b4a5f60
         */
        UploadId: components["schemas"]["UploadId"];
        /**
         * @description The application's id.
         * @example 7d1f0c2e-3b4a-4d5e-8f6a-1b2c3d4e5f60
         */
        ApplicationId: components["schemas"]["ApplicationId"];
        /**
         * @description The session's id, from `listMySessions`.
         * @example 5b0c9a7e-2d4f-4e1a-9c3b-7f6e5d4c3b2a
         */
        SessionId: components["schemas"]["SessionId"];
        /**
         * @description The account's id, from `listOfficers`.
         * @example 3c9e1f2a-4b5d-4e6f-8a7b-9c0d1e2f3a4b
         */
        UserId: components["schemas"]["UserId"];
        /**
         * @description The webhook endpoint's id, from `listWebhookEndpoints`.
         * @example 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d
         */
        WebhookEndpointId: components["schemas"]["WebhookEndpointId"];
        /**
         * @description The delivery's id, from `listWebhookDeliveries`.
         * @example 6d5c4b3a-2f1e-4d0c-9b8a-7f6e5d4c3b2a
         */
        WebhookDeliveryId: components["schemas"]["WebhookDeliveryId"];
        /**
         * @description The event's id (Standard Webhooks); the same on every attempt. De-duplicate by it.
         * @example msg_2Xc9Lk4TqW8vYb1nRs7PzA
         */
        WebhookIdHeader: components["schemas"]["WebhookEventId"];
        /**
         * @description When this attempt was signed, in seconds since 1970 (Standard Webhooks). Refuse a delivery more than five
         *     minutes off your clock: it may be a replay.
         * @example 1767243600
         */
        WebhookTimestampHeader: string;
        /**
         * @description `v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">` with the endpoint's secret (the bytes
         *     after `whsec_`, base64-decoded), per Standard Webhooks. During a rotation, two signatures separated by a
         *     space: one with the new secret and one with the previous one. Accept the delivery when one matches.
         * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
         */
        WebhookSignatureHeader: string;
        /**
         * @description `cookie`: keep the refresh token in the gateway's `HttpOnly` session cookie instead of the body (browsers).
         *     Sent from a page, it also makes the request a preflighted CORS request, which a cross-site form cannot
         *     send. The request's `Origin` must be the gateway's own or on its CORS allow-list.
         * @example cookie
         */
        PaduSession: "cookie";
        /**
         * @description The tracking code printed on the confirmation, in any letter case.
         * @example DKC-7KQ4-M2XP
         */
        TrackingCode: components["schemas"]["TrackingCode"];
        /**
         * @description A unique key per logical submission (a UUID is best), reused on every retry of it. Kept for 24 hours.
         * @example 6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f
         */
        IdempotencyKey: string;
        /** @description The draft's `ETag` as last read. Required (428 without it): a save or publish from an older copy is 412. */
        IfMatch: string;
        /** @description The `id` of the last event received, to resume after it. */
        LastEventId: string;
        /** @description The `ETag` of the copy the client has (a list, or `*`, as RFC 9110 allows). */
        IfNoneMatch: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description The caller's remaining quota under the limit that applies to this request (IETF draft RateLimit header),
         *     e.g. `"anonymous";r=11875;t=42`: the policy, the requests left (`r`) and the seconds until its window
         *     ends (`t`). Policies: `account` (requests with a valid access token, per account), `anonymous` (the
         *     others, per client address), `registration` (per address) and `tracking` (per account or address).
         *     `RateLimit-Policy` gives the policy's quota and window, e.g. `"anonymous";q=12000;w=60`.
         */
        RateLimit: string;
        /** @description Present when the request came from an OPD origin on the gateway's CORS allow-list; echoes that origin. */
        "Access-Control-Allow-Origin": string;
        /**
         * @description `true` when the request came from an OPD origin on the CORS allow-list, which may send and receive the
         *     session cookie. Never sent to other origins.
         */
        "Access-Control-Allow-Credentials": "true";
        /**
         * @description In cookie mode (`Padu-Session: cookie`), the refresh token: `__Secure-padu_refresh=<token>; Max-Age=<the
         *     refresh lifetime>; Path=/api/v1/auth; HttpOnly; Secure; SameSite=Lax` (`padu_refresh` without `Secure`
         *     only for plain http to a loopback host). Logging out clears it (`Max-Age=0`).
         */
        SessionCookie: string;
        /** @description The id of this request in the gateway's logs; quote it when reporting a problem. */
        XRequestId: string;
        /** @description Seconds to wait before trying again. */
        RetryAfter: number;
        /** @description A strong validator of the representation. */
        ETag: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    registerCitizen: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `cookie`: keep the refresh token in the gateway's `HttpOnly` session cookie instead of the body (browsers).
                 *     Sent from a page, it also makes the request a preflighted CORS request, which a cross-site form cannot
                 *     send. The request's `Origin` must be the gateway's own or on its CORS allow-list.
                 * @example cookie
                 */
                "Padu-Session"?: components["parameters"]["PaduSession"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterRequest"];
            };
        };
        responses: {
            /** @description The account was created and a session started. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Allow-Credentials": components["headers"]["Access-Control-Allow-Credentials"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Set-Cookie": components["headers"]["SessionCookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionOrCookieSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["CookieRefused"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `cookie`: keep the refresh token in the gateway's `HttpOnly` session cookie instead of the body (browsers).
                 *     Sent from a page, it also makes the request a preflighted CORS request, which a cross-site form cannot
                 *     send. The request's `Origin` must be the gateway's own or on its CORS allow-list.
                 * @example cookie
                 */
                "Padu-Session"?: components["parameters"]["PaduSession"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Logged in. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Allow-Credentials": components["headers"]["Access-Control-Allow-Credentials"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Set-Cookie": components["headers"]["SessionCookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionOrCookieSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["InvalidCredentials"];
            403: components["responses"]["CookieRefused"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    refreshSession: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `cookie`: keep the refresh token in the gateway's `HttpOnly` session cookie instead of the body (browsers).
                 *     Sent from a page, it also makes the request a preflighted CORS request, which a cross-site form cannot
                 *     send. The request's `Origin` must be the gateway's own or on its CORS allow-list.
                 * @example cookie
                 */
                "Padu-Session"?: components["parameters"]["PaduSession"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description A new access token and a new refresh token. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Allow-Credentials": components["headers"]["Access-Control-Allow-Credentials"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Set-Cookie": components["headers"]["SessionCookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionOrCookieSession"];
                };
            };
            /** @description Cookie mode, and no session cookie came with the request (the visitor is signed out). */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Allow-Credentials": components["headers"]["Access-Control-Allow-Credentials"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["CookieRefused"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `cookie`: keep the refresh token in the gateway's `HttpOnly` session cookie instead of the body (browsers).
                 *     Sent from a page, it also makes the request a preflighted CORS request, which a cross-site form cannot
                 *     send. The request's `Origin` must be the gateway's own or on its CORS allow-list.
                 * @example cookie
                 */
                "Padu-Session"?: components["parameters"]["PaduSession"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description Logged out. */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Allow-Credentials": components["headers"]["Access-Control-Allow-Credentials"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Set-Cookie": components["headers"]["SessionCookie"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["CookieRefused"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user behind the access token. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listMySessions: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description The largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the caller's sessions. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Allow-Credentials": components["headers"]["Access-Control-Allow-Credentials"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActiveSessionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    endSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session's id, from `listMySessions`.
                 * @example 5b0c9a7e-2d4f-4e1a-9c3b-7f6e5d4c3b2a
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session has ended. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Access-Control-Allow-Credentials": components["headers"]["Access-Control-Allow-Credentials"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActiveSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationRequest"];
            };
        };
        responses: {
            /** @description The account, now active. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAgencies: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description The largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of agencies, ordered by name. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getAgency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The agency's id.
                 * @example disdukcapil
                 */
                agencyId: components["parameters"]["AgencyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agency. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agency"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listServices: {
        parameters: {
            query?: {
                /**
                 * @description Words to look for in the service name and summary.
                 * @example akta
                 */
                q?: string;
                /** @description Only services of this OPD. */
                agencyId?: components["schemas"]["AgencyId"];
                /** @description Only services in this category. */
                category?: components["schemas"]["ServiceCategory"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description The largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of matching services. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service's id.
                 * @example akta-kelahiran
                 */
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Service"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createUpload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadRequest"];
            };
        };
        responses: {
            /** @description The file was stored. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Upload"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getUploadContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The upload's id.
                 * @example 0f8c2a8e-6a4c-4b57-9a0e-2c1d3b4a5f60
                 */
                uploadId: components["parameters"]["UploadId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with the content type detected when it was uploaded. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    /** @description Always `attachment`, with the original file name. */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["BinaryFile"];
                    "image/jpeg": components["schemas"]["BinaryFile"];
                    "image/png": components["schemas"]["BinaryFile"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listMyApplications: {
        parameters: {
            query?: {
                /** @description Only applications in this status. */
                status?: components["schemas"]["ApplicationStatus"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description The largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the citizen's applications. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    submitApplication: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A unique key per logical submission (a UUID is best), reused on every retry of it. Kept for 24 hours.
                 * @example 6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f
                 */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitApplicationRequest"];
            };
        };
        responses: {
            /** @description The application was submitted (or, on a replay, had already been submitted). */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    /** @description The URL of the new application. */
                    Location?: string;
                    /** @description `true` when this response repeats the one given to an earlier request with the same key. */
                    "Idempotent-Replayed"?: "true" | "false";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the copy the client has (a list, or `*`, as RFC 9110 allows). */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description The application's id.
                 * @example 7d1f0c2e-3b4a-4d5e-8f6a-1b2c3d4e5f60
                 */
                applicationId: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    /** @description `private, no-cache`: only the caller may keep it, and revalidates every time. */
                    "Cache-Control"?: "private, no-cache";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description Not modified since the `ETag` given in `If-None-Match`. */
            304: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    resubmitApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's id.
                 * @example 7d1f0c2e-3b4a-4d5e-8f6a-1b2c3d4e5f60
                 */
                applicationId: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResubmitApplicationRequest"];
            };
        };
        responses: {
            /** @description The application, back in `submitted`. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    cancelApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's id.
                 * @example 7d1f0c2e-3b4a-4d5e-8f6a-1b2c3d4e5f60
                 */
                applicationId: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CancelApplicationRequest"];
            };
        };
        responses: {
            /** @description The application, now `cancelled`. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    streamApplicationEvents: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `id` of the last event received, to resume after it. */
                "Last-Event-ID"?: components["parameters"]["LastEventId"];
            };
            path: {
                /**
                 * @description The application's id.
                 * @example 7d1f0c2e-3b4a-4d5e-8f6a-1b2c3d4e5f60
                 */
                applicationId: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event stream. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example id: 2
                     *     event: status
                     *     data: {"sequence":2,"applicationId":"7d1f0c2e-3b4a-4d5e-8f6a-1b2c3d4e5f60","trackingCode":"DKC-7KQ4-M2XP","status":"verifying","at":"2026-11-30T02:15:00Z","actor":{"role":"officer","agencyId":"disdukcapil"},"note":null}
                     */
                    "text/event-stream": components["schemas"]["EventStream"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    trackApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the copy the client has (a list, or `*`, as RFC 9110 allows). */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description The tracking code printed on the confirmation, in any letter case.
                 * @example DKC-7KQ4-M2XP
                 */
                trackingCode: components["parameters"]["TrackingCode"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The public status. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    /** @description `no-cache`: clients revalidate with `If-None-Match` every time. */
                    "Cache-Control"?: "no-cache";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicTracking"];
                };
            };
            /** @description Not modified since the `ETag` given in `If-None-Match`. */
            304: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    streamTrackingEvents: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `id` of the last event received, to resume after it. */
                "Last-Event-ID"?: components["parameters"]["LastEventId"];
            };
            path: {
                /**
                 * @description The tracking code printed on the confirmation, in any letter case.
                 * @example DKC-7KQ4-M2XP
                 */
                trackingCode: components["parameters"]["TrackingCode"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event stream. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example id: 3
                     *     event: status
                     *     data: {"sequence":3,"trackingCode":"DKC-7KQ4-M2XP","status":"in_process","at":"2026-12-01T03:00:00Z","actorRole":"officer"}
                     */
                    "text/event-stream": components["schemas"]["EventStream"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listAgencyApplications: {
        parameters: {
            query?: {
                /** @description Only applications in this status. */
                status?: components["schemas"]["ApplicationStatus"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description The largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the queue. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    transitionApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's id.
                 * @example 7d1f0c2e-3b4a-4d5e-8f6a-1b2c3d4e5f60
                 */
                applicationId: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionRequest"];
            };
        };
        responses: {
            /** @description The application in its new status. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listAuthoredServices: {
        parameters: {
            query?: {
                /**
                 * @description Only services of this OPD (an OPD admin sees only their own anyway).
                 * @example dpmptsp
                 */
                agencyId?: components["schemas"]["AgencyId"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description The largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of services. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthoredServicePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createService: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateServiceRequest"];
            };
        };
        responses: {
            /** @description The service's first draft. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceDraft"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getAuthoredService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service's id.
                 * @example akta-kelahiran
                 */
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service's state. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthoredService"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getServiceDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service's id.
                 * @example akta-kelahiran
                 */
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The draft. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceDraft"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateServiceDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description The draft's `ETag` as last read. Required (428 without it): a save or publish from an older copy is 412. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The service's id.
                 * @example akta-kelahiran
                 */
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceDraftContent"];
            };
        };
        responses: {
            /** @description The saved draft, with its new `ETag`. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceDraft"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createServiceDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service's id.
                 * @example akta-kelahiran
                 */
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDraftRequest"];
            };
        };
        responses: {
            /** @description The new draft. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceDraft"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    validateServiceDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service's id.
                 * @example akta-kelahiran
                 */
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The draft's problems (none when it can be published). */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftValidation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    previewServiceDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service's id.
                 * @example akta-kelahiran
                 */
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service the draft would publish. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Service"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    publishServiceDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description The draft's `ETag` as last read. Required (428 without it): a save or publish from an older copy is 412. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The service's id.
                 * @example akta-kelahiran
                 */
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishRequest"];
            };
        };
        responses: {
            /** @description The published version. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Service"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    retireService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service's id.
                 * @example akta-kelahiran
                 */
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetireRequest"];
            };
        };
        responses: {
            /** @description The service, retired. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthoredService"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listServiceVersions: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description The largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /**
                 * @description The service's id.
                 * @example akta-kelahiran
                 */
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of versions. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceVersionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    diffServiceVersions: {
        parameters: {
            query: {
                /** @description The older version. */
                from: components["schemas"]["ServiceVersion"];
                /** @description The newer version; without it, the open draft. */
                to?: components["schemas"]["ServiceVersion"];
            };
            header?: never;
            path: {
                /**
                 * @description The service's id.
                 * @example akta-kelahiran
                 */
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The changes. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceDiff"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listAuditEntries: {
        parameters: {
            query?: {
                /**
                 * @description Only entries of this OPD.
                 * @example dpmptsp
                 */
                agencyId?: components["schemas"]["AgencyId"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description The largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of entries. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listOfficers: {
        parameters: {
            query?: {
                /**
                 * @description Only this OPD's staff (an OPD admin sees only their own anyway).
                 * @example dinsos
                 */
                agencyId?: components["schemas"]["AgencyId"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description The largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of officers. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficerPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    inviteOfficer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteOfficerRequest"];
            };
        };
        responses: {
            /** @description The pending account and its link. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficerInvitation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    disableOfficer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account's id, from `listOfficers`.
                 * @example 3c9e1f2a-4b5d-4e6f-8a7b-9c0d1e2f3a4b
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account, disabled. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Officer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    enableOfficer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account's id, from `listOfficers`.
                 * @example 3c9e1f2a-4b5d-4e6f-8a7b-9c0d1e2f3a4b
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account, enabled. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Officer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                /**
                 * @description Only this OPD's endpoints (an OPD admin sees only their own anyway).
                 * @example disdukcapil
                 */
                agencyId?: components["schemas"]["AgencyId"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description The largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of endpoints. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookEndpointRequest"];
            };
        };
        responses: {
            /** @description The endpoint, and its signing secret (shown this once). */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook endpoint's id, from `listWebhookEndpoints`.
                 * @example 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d
                 */
                endpointId: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook endpoint's id, from `listWebhookEndpoints`.
                 * @example 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d
                 */
                endpointId: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookEndpointRequest"];
            };
        };
        responses: {
            /** @description The endpoint, changed. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    disableWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook endpoint's id, from `listWebhookEndpoints`.
                 * @example 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d
                 */
                endpointId: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint, disabled. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    enableWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook endpoint's id, from `listWebhookEndpoints`.
                 * @example 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d
                 */
                endpointId: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint, enabled. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook endpoint's id, from `listWebhookEndpoints`.
                 * @example 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d
                 */
                endpointId: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint and its new secret (shown this once). */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /**
                 * @description Only deliveries with this status.
                 * @example failed
                 */
                status?: components["schemas"]["WebhookDeliveryStatus"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description The largest number of items on one page. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /**
                 * @description The webhook endpoint's id, from `listWebhookEndpoints`.
                 * @example 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d
                 */
                endpointId: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of deliveries. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    resendWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook endpoint's id, from `listWebhookEndpoints`.
                 * @example 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d
                 */
                endpointId: components["parameters"]["WebhookEndpointId"];
                /**
                 * @description The delivery's id, from `listWebhookDeliveries`.
                 * @example 6d5c4b3a-2f1e-4d0c-9b8a-7f6e5d4c3b2a
                 */
                deliveryId: components["parameters"]["WebhookDeliveryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery, pending again. */
            202: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    verifyApplicant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's id.
                 * @example 7d1f0c2e-3b4a-4d5e-8f6a-1b2c3d4e5f60
                 */
                applicationId: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityVerificationRequest"];
            };
        };
        responses: {
            /** @description The application, its applicant now verified. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Healthy. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getContract: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI 3.1 document. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example openapi: 3.1.0
                     *     info:
                     *       title: Padu API
                     */
                    "application/yaml": string;
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    onApplicationSubmitted: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event's id (Standard Webhooks); the same on every attempt. De-duplicate by it.
                 * @example msg_2Xc9Lk4TqW8vYb1nRs7PzA
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description When this attempt was signed, in seconds since 1970 (Standard Webhooks). Refuse a delivery more than five
                 *     minutes off your clock: it may be a replay.
                 * @example 1767243600
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description `v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">` with the endpoint's secret (the bytes
                 *     after `whsec_`, base64-decoded), per Standard Webhooks. During a rotation, two signatures separated by a
                 *     space: one with the new secret and one with the previous one. Accept the delivery when one matches.
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookApplicationSubmittedEvent"];
            };
        };
        responses: {
            /** @description Received (any 2xx). Its body is ignored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other answer, or none within 10 seconds; the delivery is tried again later. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onApplicationResubmitted: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event's id (Standard Webhooks); the same on every attempt. De-duplicate by it.
                 * @example msg_2Xc9Lk4TqW8vYb1nRs7PzA
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description When this attempt was signed, in seconds since 1970 (Standard Webhooks). Refuse a delivery more than five
                 *     minutes off your clock: it may be a replay.
                 * @example 1767243600
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description `v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">` with the endpoint's secret (the bytes
                 *     after `whsec_`, base64-decoded), per Standard Webhooks. During a rotation, two signatures separated by a
                 *     space: one with the new secret and one with the previous one. Accept the delivery when one matches.
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookApplicationResubmittedEvent"];
            };
        };
        responses: {
            /** @description Received (any 2xx). Its body is ignored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other answer, or none within 10 seconds; the delivery is tried again later. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onApplicationStatusChanged: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event's id (Standard Webhooks); the same on every attempt. De-duplicate by it.
                 * @example msg_2Xc9Lk4TqW8vYb1nRs7PzA
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description When this attempt was signed, in seconds since 1970 (Standard Webhooks). Refuse a delivery more than five
                 *     minutes off your clock: it may be a replay.
                 * @example 1767243600
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description `v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">` with the endpoint's secret (the bytes
                 *     after `whsec_`, base64-decoded), per Standard Webhooks. During a rotation, two signatures separated by a
                 *     space: one with the new secret and one with the previous one. Accept the delivery when one matches.
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookApplicationStatusChangedEvent"];
            };
        };
        responses: {
            /** @description Received (any 2xx). Its body is ignored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other answer, or none within 10 seconds; the delivery is tried again later. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onApplicationCancelled: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event's id (Standard Webhooks); the same on every attempt. De-duplicate by it.
                 * @example msg_2Xc9Lk4TqW8vYb1nRs7PzA
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description When this attempt was signed, in seconds since 1970 (Standard Webhooks). Refuse a delivery more than five
                 *     minutes off your clock: it may be a replay.
                 * @example 1767243600
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description `v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">` with the endpoint's secret (the bytes
                 *     after `whsec_`, base64-decoded), per Standard Webhooks. During a rotation, two signatures separated by a
                 *     space: one with the new secret and one with the previous one. Accept the delivery when one matches.
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookApplicationCancelledEvent"];
            };
        };
        responses: {
            /** @description Received (any 2xx). Its body is ignored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other answer, or none within 10 seconds; the delivery is tried again later. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onServicePublished: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event's id (Standard Webhooks); the same on every attempt. De-duplicate by it.
                 * @example msg_2Xc9Lk4TqW8vYb1nRs7PzA
                 */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /**
                 * @description When this attempt was signed, in seconds since 1970 (Standard Webhooks). Refuse a delivery more than five
                 *     minutes off your clock: it may be a replay.
                 * @example 1767243600
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description `v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">` with the endpoint's secret (the bytes
                 *     after `whsec_`, base64-decoded), per Standard Webhooks. During a rotation, two signatures separated by a
                 *     space: one with the new secret and one with the previous one. Accept the delivery when one matches.
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookServicePublishedEvent"];
            };
        };
        responses: {
            /** @description Received (any 2xx). Its body is ignored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other answer, or none within 10 seconds; the delivery is tried again later. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
