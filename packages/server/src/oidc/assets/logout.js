// The logout confirmation of Padu's single sign-on (rendered by packages/server/src/oidc/pages.ts).
// Signing out of every site ends the gateway's cookie session too: the Padu pages of this origin open in other tabs
// hear it at once on the SDK's session channel (the same message a logout on one of them sends), instead of at
// their next call.
const channelName = document.body.dataset.sessionChannel;

document.querySelector('button[name="logout"][value="yes"]')?.addEventListener('click', () => {
  if (!channelName || typeof BroadcastChannel !== 'function') return;
  const channel = new BroadcastChannel(channelName);
  channel.postMessage({ type: 'logout', session: null });
  channel.close();
});
