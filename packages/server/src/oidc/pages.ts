// Padu's own pages of single sign-on, on the gateway's origin: sign-in and consent (the page that completes an
// authorization request), logout confirmation, and errors. Bahasa Indonesia first, English when the client asks
// (`ui_locales=en`). No inline script or style: the page CSP allows this origin's files only
// (`/oidc/assets/…`, `/cdn/`), and every value is escaped.
import type { KoaContextWithOIDC } from 'oidc-provider';

export type PageLanguage = 'id' | 'en';

/** HTML-escapes text. */
export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `en` when the client asked for English first (`ui_locales`), else Bahasa Indonesia. */
export function languageOf(uiLocales: unknown): PageLanguage {
  const first = typeof uiLocales === 'string' ? uiLocales.trim().split(/\s+/, 1)[0]!.toLowerCase() : '';
  return first.startsWith('en') ? 'en' : 'id';
}

const TEXT = {
  id: {
    brand: 'Akun Kota Kediri',
    signInTo: (client: string) => `Masuk ke ${client}`,
    checking: 'Memeriksa sesi Anda…',
    signedInAs: 'Melanjutkan dengan sesi Anda…',
    usePassword: 'Masuk dengan NIK atau email dan kata sandi Anda.',
    or: 'atau',
    upstreamFailed: 'Masuk dengan penyedia identitas gagal. Silakan coba lagi, atau masuk dengan kata sandi.',
    consentHeading: (client: string) => `${client} meminta izin`,
    consentBody: 'Situs ini akan dapat membaca nama dan email Anda, dan memakai layanan Padu atas nama Anda.',
    allow: 'Izinkan',
    deny: 'Tolak',
    cancel: 'Batal, kembali ke situs',
    failed: 'Tidak dapat melanjutkan. Muat ulang halaman ini untuk mencoba lagi.',
    logoutHeading: 'Keluar dari Akun Kota Kediri?',
    logoutBody: (client: string) =>
      client ? `${client} meminta Anda keluar. Anda akan keluar dari semua situs yang memakai Akun Kota Kediri di peramban ini.` : 'Anda akan keluar dari semua situs yang memakai Akun Kota Kediri di peramban ini.',
    logoutYes: 'Ya, keluar dari semua situs',
    logoutNo: (client: string) => (client ? `Keluar dari ${client} saja` : 'Tidak, tetap masuk'),
    loggedOut: 'Anda sudah keluar.',
    errorHeading: 'Permintaan masuk tidak dapat diproses',
    errorBody: 'Situs yang mengarahkan Anda ke sini mengirim permintaan yang tidak sah. Kembalilah ke situs tersebut dan coba lagi.',
    errorCode: 'Kode galat',
  },
  en: {
    brand: 'Kediri City Account',
    signInTo: (client: string) => `Sign in to ${client}`,
    checking: 'Checking your session…',
    signedInAs: 'Continuing with your session…',
    usePassword: 'Sign in with your NIK or email and password.',
    or: 'or',
    upstreamFailed: 'Signing in with the identity provider failed. Try again, or sign in with your password.',
    consentHeading: (client: string) => `${client} asks for permission`,
    consentBody: 'This site will be able to read your name and email, and use Padu services on your behalf.',
    allow: 'Allow',
    deny: 'Deny',
    cancel: 'Cancel, back to the site',
    failed: 'Cannot continue. Reload this page to try again.',
    logoutHeading: 'Sign out of the Kediri City Account?',
    logoutBody: (client: string) =>
      client ? `${client} asks you to sign out. You will be signed out of every site that uses the Kediri City Account in this browser.` : 'You will be signed out of every site that uses the Kediri City Account in this browser.',
    logoutYes: 'Yes, sign out everywhere',
    logoutNo: (client: string) => (client ? `Sign out of ${client} only` : 'No, stay signed in'),
    loggedOut: 'You are signed out.',
    errorHeading: 'The sign-in request cannot be processed',
    errorBody: 'The site that sent you here made an invalid request. Go back to that site and try again.',
    errorCode: 'Error code',
  },
} as const;

export type PageText = (typeof TEXT)[PageLanguage];

export function textFor(language: PageLanguage): PageText {
  return TEXT[language];
}

/** A whole page: the stylesheet, an optional module script, and the body. */
export function page(language: PageLanguage, title: string, body: string, options: { script?: string; data?: Record<string, string> } = {}): string {
  const data = Object.entries(options.data ?? {})
    .map(([name, value]) => ` data-${name}="${escapeHtml(value)}"`)
    .join('');
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/oidc/assets/sso.css">
${options.script ? `<script type="module" src="${escapeHtml(options.script)}"></script>` : ''}
</head>
<body${data}>
<main class="card">
<p class="brand">${escapeHtml(textFor(language).brand)}</p>
${body}
</main>
</body>
</html>`;
}

const clientNameOf = (ctx: KoaContextWithOIDC) => ctx.oidc?.client?.clientName ?? ctx.oidc?.client?.clientId ?? '';

/**
 * The RP-initiated logout confirmation. `apiRoot` names the SDK's session channel of this origin
 * (`padu.session:<API root>`): choosing "every site" tells the Padu pages open in other tabs at once.
 */
export function renderLogoutPage(ctx: KoaContextWithOIDC, form: string, apiRoot: string): void {
  const language = languageOf(ctx.oidc?.params?.ui_locales);
  const text = textFor(language);
  const client = clientNameOf(ctx);
  ctx.type = 'html';
  ctx.body = page(
    language,
    text.logoutHeading,
    `<h1>${escapeHtml(text.logoutHeading)}</h1>
<p>${escapeHtml(text.logoutBody(client))}</p>
${form}
<div class="actions">
<button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">${escapeHtml(text.logoutYes)}</button>
<button type="submit" form="op.logoutForm" class="secondary">${escapeHtml(text.logoutNo(client))}</button>
</div>`,
    { script: '/oidc/assets/logout.js', data: { 'session-channel': `padu.session:${apiRoot}` } },
  );
}

export function renderLogoutSuccessPage(ctx: KoaContextWithOIDC): void {
  const language = languageOf(ctx.oidc?.params?.ui_locales);
  const text = textFor(language);
  ctx.type = 'html';
  ctx.body = page(language, text.loggedOut, `<h1>${escapeHtml(text.loggedOut)}</h1>`);
}

/** An error in the browser: the standard `error` code and its description, never a stack trace. */
export function errorPage(language: PageLanguage, error: string, description?: string): string {
  const text = textFor(language);
  return page(
    language,
    text.errorHeading,
    `<h1>${escapeHtml(text.errorHeading)}</h1>
<p>${escapeHtml(text.errorBody)}</p>
<p class="code">${escapeHtml(text.errorCode)}: <code>${escapeHtml(error)}</code></p>
${description ? `<p class="detail" lang="en">${escapeHtml(description)}</p>` : ''}`,
  );
}

/** The provider's errors shown in the browser (an invalid redirect_uri, an unknown client …). */
export function renderErrorPage(ctx: KoaContextWithOIDC, out: { error?: string; error_description?: string }): void {
  ctx.type = 'html';
  ctx.body = errorPage(languageOf(ctx.oidc?.params?.ui_locales), out.error ?? 'server_error', out.error_description);
}

export interface InteractionView {
  uid: string;
  prompt: 'login' | 'consent';
  clientName: string;
  language: PageLanguage;
  /** The upstream identity provider's button text, when one is configured. */
  upstreamLabel: string | null;
  /** The last upstream sign-in failed. */
  upstreamFailed: boolean;
}

/**
 * The sign-in page. Its script (`/oidc/assets/sso.js`) first refreshes the Padu cookie session: a citizen
 * already signed in at the gateway continues without typing anything. Otherwise it shows `<padu-login>`.
 */
export function renderInteractionPage(view: InteractionView): string {
  const text = textFor(view.language);
  const base = `/oidc/interaction/${encodeURIComponent(view.uid)}`;
  const heading = view.prompt === 'consent' ? text.consentHeading(view.clientName) : text.signInTo(view.clientName);
  return page(
    view.language,
    heading,
    `<h1>${escapeHtml(heading)}</h1>
<p id="status" role="status">${escapeHtml(text.checking)}</p>
<p id="problem" class="problem" role="alert"${view.upstreamFailed ? '' : ' hidden'}>${view.upstreamFailed ? escapeHtml(text.upstreamFailed) : ''}</p>
<section id="login" hidden>
<p>${escapeHtml(text.usePassword)}</p>
<padu-login heading-level="2" lang="${view.language}"></padu-login>
${view.upstreamLabel ? `<p class="or">${escapeHtml(text.or)}</p>\n<p><a class="button secondary" href="${base}/upstream">${escapeHtml(view.upstreamLabel)}</a></p>` : ''}
</section>
<section id="consent" hidden>
<p>${escapeHtml(text.consentBody)}</p>
<div class="actions"><button type="button" id="allow">${escapeHtml(text.allow)}</button><button type="button" id="deny" class="secondary">${escapeHtml(text.deny)}</button></div>
</section>
<p><button type="button" id="cancel" class="link">${escapeHtml(text.cancel)}</button></p>`,
    {
      script: '/oidc/assets/sso.js',
      data: { uid: view.uid, prompt: view.prompt, continuing: text.signedInAs, failed: text.failed },
    },
  );
}
