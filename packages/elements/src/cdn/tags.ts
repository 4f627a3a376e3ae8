/**
 * Every tag of the CDN bundle and the module that defines it. `padu.js` imports a tag's module, which the build
 * makes a chunk of its own, the first time the tag appears on the page; the chunks share one core (Lit, the SDK,
 * the base classes). The form's field controls share one module: the form loads it too, when it first shows a
 * step. A Node test checks that these are exactly the tags `src/` defines.
 */
const controls = () => import('../service-form/controls.ts');

export const tagModules = {
  'padu-provider': () => import('../provider/provider.ts'),
  'padu-login': () => import('../login/login.ts'),
  'padu-status-tracker': () => import('../status-tracker/status-tracker.ts'),
  'padu-service-catalogue': () => import('../service-catalogue/service-catalogue.ts'),
  'padu-my-applications': () => import('../my-applications/my-applications.ts'),
  'padu-service-form': () => import('../service-form/service-form.ts'),
  'padu-service-editor': () => import('../service-editor/service-editor.ts'),
  'padu-text-input': () => import('../text-input/text-input.ts'),
  'padu-nik-input': () => import('../nik-input/nik-input.ts'),
  'padu-kk-input': controls,
  'padu-number-input': controls,
  'padu-textarea': controls,
  'padu-choice': controls,
  'padu-file-input': controls,
} satisfies Record<`padu-${string}`, () => Promise<unknown>>;

export type PaduTag = keyof typeof tagModules;

export const allTags = Object.keys(tagModules) as PaduTag[];

/** Padu tags not defined yet: hidden until they are (`cloak.ts`), waited for before the page counts as settled. */
export const undefinedTags = allTags.map((tag) => `${tag}:not(:defined)`).join(',');
