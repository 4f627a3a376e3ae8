// A React 19 host for Padu elements. React 19 passes a prop to a custom element as a property when the element
// has one (rich data such as `client` or `strings`), and `on<event-name>` props listen to its events, so the
// elements need no wrapper. Import the element definitions before rendering, so the properties exist.
import { useState } from 'react';
import '@padu/elements/login.js';
import '@padu/elements/service-catalogue.js';
import '@padu/elements/my-applications.js';

/** Text overrides for the catalogue: rich data, passed as a property. */
const catalogueStrings = { catalogueSelect: 'Pilih layanan ini' };

export function App({ client }) {
  const [user, setUser] = useState(null);
  const [serviceId, setServiceId] = useState('');

  return (
    <main>
      <h1>Layanan Kota Kediri (React)</h1>
      <padu-login client={client} heading-level="2" onpadu-login={(event) => setUser(event.detail.user)} onpadu-logout={() => setUser(null)}>
        <a slot="register" href="/daftar">Belum punya akun? Daftar</a>
      </padu-login>
      <p id="greeting" role="status">{user ? `Halo, ${user.name}` : 'Belum masuk'}</p>

      <h2>Layanan</h2>
      <padu-service-catalogue
        client={client}
        strings={catalogueStrings}
        heading-level="3"
        onpadu-service-select={(event) => {
          // Handled in the app (a router would navigate here); cancelling keeps any link from navigating.
          event.preventDefault();
          setServiceId(event.detail.serviceId);
        }}
      />
      <p id="chosen" role="status">{serviceId ? `Dipilih: ${serviceId}` : 'Belum ada layanan yang dipilih'}</p>

      <h2>Permohonan saya</h2>
      <padu-my-applications client={client} heading-level="3">
        <p slot="logged-out" id="react-logged-out">Masuk di atas untuk melihat permohonan Anda.</p>
        <p slot="empty">Anda belum punya permohonan.</p>
      </padu-my-applications>
    </main>
  );
}
