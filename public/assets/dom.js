// What the scripted demo pages (the officer console, the OPD admin's page, the invitation page) share to put the
// API's answers on the page: elements built with text only (never innerHTML, so nothing from the API becomes
// markup), and instants in WIB.

/** `tag` with `attributes` and children (strings become text); `text` sets the text, false/null attributes are left out. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === undefined || value === null) continue;
    if (name === 'text') node.textContent = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  node.append(...children.filter((child) => child !== null && child !== undefined && child !== false));
  return node;
}

const dateTime = new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Jakarta' });

/** An RFC 3339 instant as the pages say it, e.g. "2 Des 2026, 16.00 WIB"; "—" for none. */
export const when = (iso) => (iso ? `${dateTime.format(new Date(iso))} WIB` : '—');

/** A `<time>` of an instant. */
export const timeOf = (iso) => el('time', { datetime: iso, text: when(iso) });
