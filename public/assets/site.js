// The demo plays two sites of the city with one set of pages (see the README, "One city session"):
// - on the gateway's own origin (http://127.0.0.1:8080) the elements use their default, the city session: the
//   gateway's HttpOnly cookie, shared by every page and every OPD site of the city's domain;
// - on http://localhost:8080, a site outside the city's domain, this script gives the page the markup such a site
//   would have: the API at the gateway's origin, and its single sign-on client (`demo-opd-localhost`).
// A deferred classic script runs after parsing and before the module scripts (padu.js) that follow it.
if (location.hostname === 'localhost') {
  const gateway = `http://127.0.0.1:${location.port || 80}`;
  const metas = {
    'padu-api': `${gateway}/api/v1`,
    'padu-sso-client': 'demo-opd-localhost',
    'padu-sso-issuer': gateway,
    'padu-sso-name': 'Kota Kediri',
  };
  for (const [name, content] of Object.entries(metas)) {
    const meta = document.querySelector(`meta[name="${name}"]`) ?? document.head.appendChild(Object.assign(document.createElement('meta'), { name }));
    meta.content = content;
  }
}
