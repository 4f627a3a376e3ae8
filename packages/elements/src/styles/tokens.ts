import { css } from 'lit';

/**
 * The design tokens. Each public `--padu-*` property is read once into a private `--_*` one with a default, so
 * a host page themes every element with one line (`:root { --padu-brand: #7a1f2b; }`) and the defaults are
 * not declared on `:host`, where they would block values inherited from the page.
 *
 * The default palette meets WCAG 2.2 AA on the default surface. For a custom `--padu-brand`, the text on it
 * and the brand shade used for links and focus rings are derived at run time (see `theme.ts`).
 *
 * Everything sits in the `padu` cascade layer, so any unlayered rule a host or subclass adds wins predictably.
 */
export const tokens = css`
  @layer padu {
    :host {
      --_brand: var(--padu-brand, #0b5cad);
      --_on-brand: #ffffff;
      --_brand-text: var(--_brand);
      --_text: var(--padu-color-text, #1a1d1f);
      --_muted: var(--padu-color-text-muted, #4b5257);
      --_surface: var(--padu-color-surface, #ffffff);
      --_surface-alt: var(--padu-color-surface-alt, #f2f4f5);
      --_border: var(--padu-color-border, #6b7378);
      --_danger: var(--padu-color-danger, #b42318);
      --_success: var(--padu-color-success, #1d6b36);
      --_warning: var(--padu-color-warning, #8a4600);
      --_focus: var(--padu-focus-color, var(--_brand-text));
      --_focus-width: var(--padu-focus-width, 3px);
      --_font: var(--padu-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
      --_size-s: var(--padu-font-size-s, 0.875rem);
      --_size-m: var(--padu-font-size-m, 1rem);
      --_size-l: var(--padu-font-size-l, 1.1875rem);
      --_size-xl: var(--padu-font-size-xl, 1.5rem);
      --_space-xs: var(--padu-space-xs, 0.25rem);
      --_space-s: var(--padu-space-s, 0.5rem);
      --_space-m: var(--padu-space-m, 1rem);
      --_space-l: var(--padu-space-l, 1.5rem);
      --_radius: var(--padu-radius, 0.375rem);

      display: block;
      font-family: var(--_font);
      font-size: var(--_size-m);
      line-height: 1.5;
      color: var(--_text);
      overflow-wrap: anywhere;
    }
    :host([hidden]) {
      display: none;
    }
  }
`;
