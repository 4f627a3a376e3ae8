/**
 * The Indonesian text of `required`, in a module of its own: it is the one message a form has before anyone
 * fills it in (an empty field it must have), so a browser bundle can keep it at hand and fetch the rest of the
 * catalogue (`messages/id.ts`) only when another message is needed.
 */
export const idRequired = '{label} wajib diisi.';
