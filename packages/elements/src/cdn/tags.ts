/**
 * Every tag the CDN bundle defines: `padu.js` defines the first group when it loads; the second group (the
 * application form and its field controls) comes in one lazy chunk, fetched when one of them appears on the page.
 * A Node test checks that together they are exactly the tags `src/` defines.
 */
export const eagerTags = [
  'padu-provider',
  'padu-login',
  'padu-status-tracker',
  'padu-service-catalogue',
  'padu-my-applications',
  'padu-text-input',
  'padu-nik-input',
] as const;

export const lazyTags = [
  'padu-service-form',
  'padu-choice',
  'padu-file-input',
  'padu-number-input',
  'padu-kk-input',
  'padu-textarea',
] as const;

export const allTags = [...eagerTags, ...lazyTags] as const;
