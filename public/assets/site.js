// The demo plays two sites of the city with one set of pages (see the README, "Single sign-on across origins"):
// - on the gateway's own origin (http://127.0.0.1:8080) the elements use their default, the city session: the
//   gateway's HttpOnly cookie, shared by every page and every OPD site of the city's domain;
// - on http://localhost:8080, a site outside the city's domain, they sign in through the gateway's single sign-on
//   as the registered OpenID Connect client `demo-opd-localhost`, and call the API at the gateway's origin with the
//   tokens it gives. A real OPD site on another domain does the same with its own client id.
// A static import, so that this runs before padu.js defines any element.
import { configure } from '/cdn/padu-api.js';

if (location.hostname === 'localhost') {
  const gateway = `http://127.0.0.1:${location.port || 80}`;
  configure({
    baseUrl: `${gateway}/api/v1`,
    sso: { clientId: 'demo-opd-localhost', issuer: gateway, name: 'Kota Kediri' },
  });
}
