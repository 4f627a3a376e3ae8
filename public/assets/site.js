// On http://localhost:8080 the demo plays an OPD site on another domain (README, "One city session"): the API at
// the gateway's origin and the site's single sign-on client. Deferred: runs before the module scripts (padu.js).
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
