// The sign-in page of Padu's single sign-on (rendered by packages/server/src/oidc/pages.ts).
//
// 1. The citizen's Padu session at the gateway is its HttpOnly cookie: one refresh in cookie mode tells whether
//    they are signed in already. If so, the access token completes the sign-in and nothing is typed.
// 2. Otherwise <padu-login> (from /cdn/padu.js) signs them in, in cookie mode too, so that the next site they
//    open signs them in without a password as well.
// 3. The access token goes to the interaction endpoint as a Bearer token; it answers where to go next.
const { uid, prompt, continuing, failed } = document.body.dataset;
const base = `/oidc/interaction/${encodeURIComponent(uid)}`;
const status = document.getElementById('status');
const problem = document.getElementById('problem');

function fail() {
  status.textContent = '';
  problem.textContent = failed;
  problem.hidden = false;
}

async function post(action, accessToken) {
  const response = await fetch(`${base}/${action}`, {
    method: 'POST',
    headers: accessToken ? { authorization: `Bearer ${accessToken}` } : {},
    credentials: 'same-origin',
  });
  if (!response.ok) throw new Error(`${action}: ${response.status}`);
  const { redirectTo } = await response.json();
  location.assign(redirectTo);
}

/** The access token of the cookie session, or null when there is none. */
async function cookieSession() {
  const response = await fetch('/api/v1/auth/refresh', {
    method: 'POST',
    headers: { 'padu-session': 'cookie' },
    credentials: 'same-origin',
  });
  // 200: signed in; 204: no session cookie (signed out); a refused cookie is a 401.
  return response.status === 200 ? (await response.json()).accessToken : null;
}

/** Shows <padu-login>; resolves with the access token once the citizen has signed in. */
async function passwordLogin() {
  status.textContent = '';
  const section = document.getElementById('login');
  section.hidden = false;
  // padu.js defines <padu-login> when it sees the tag; padu-api.js is the page API on the same core.
  const [, { configure }] = await Promise.all([import('/cdn/padu.js'), import('/cdn/padu-api.js')]);
  const client = configure({
    baseUrl: '/api/v1',
    fetch(input, init) {
      const request = new Request(input, init);
      request.headers.set('padu-session', 'cookie');
      return fetch(request);
    },
  });
  return new Promise((resolve) => {
    section.querySelector('padu-login').addEventListener('padu-login', () => {
      section.hidden = true;
      resolve(client.session.current.accessToken);
    });
  });
}

async function consent(accessToken) {
  status.textContent = '';
  document.getElementById('consent').hidden = false;
  document.getElementById('allow').addEventListener('click', () => post('consent', accessToken).catch(fail));
  document.getElementById('deny').addEventListener('click', () => post('abort').catch(fail));
}

document.getElementById('cancel').addEventListener('click', () => post('abort').catch(fail));

try {
  const accessToken = (await cookieSession()) ?? (await passwordLogin());
  if (prompt === 'consent') {
    await consent(accessToken);
  } else {
    status.textContent = continuing;
    await post('login', accessToken);
  }
} catch {
  fail();
}
