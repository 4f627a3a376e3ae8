import { css } from 'lit';

/**
 * Pieces every element uses: buttons, notices, status chips, definition lists, the visually-hidden utility and
 * the focus ring. One copy here, adopted by every shadow root (Lit shares the constructed stylesheet).
 */
export const shared = css`
  @layer padu {
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    [hidden] {
      display: none !important;
    }
    :focus-visible {
      outline: var(--_focus-width) solid var(--_focus);
      outline-offset: 2px;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
    .muted {
      color: var(--_muted);
    }
    .heading {
      margin: 0 0 var(--_space-s);
      font-size: var(--_size-l);
      font-weight: 700;
      line-height: 1.3;
    }
    p {
      margin: 0 0 var(--_space-s);
    }
    a {
      color: var(--_brand-text);
      text-underline-offset: 0.15em;
    }
    a:hover {
      text-decoration-thickness: 0.15em;
    }
    button {
      font: inherit;
    }
    .button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: var(--_space-s);
      min-height: 2.75rem;
      padding: var(--_space-s) var(--_space-m);
      border: 2px solid var(--_brand);
      border-radius: var(--_radius);
      background: var(--_brand);
      color: var(--_on-brand);
      font-weight: 600;
      text-decoration: none;
      cursor: pointer;
    }
    .button:hover {
      filter: brightness(0.92);
    }
    .button.secondary {
      border-color: var(--_brand-text);
      background: var(--_surface);
      color: var(--_brand-text);
    }
    .button[aria-disabled='true'],
    .button:disabled {
      cursor: not-allowed;
      opacity: 0.75;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-s);
    }
    .notice {
      margin: 0 0 var(--_space-m);
      padding: var(--_space-s) var(--_space-m);
      border-left: 5px solid var(--_tone, var(--_brand-text));
      background: var(--_surface-alt);
    }
    .notice:focus {
      outline: var(--_focus-width) solid var(--_focus);
    }
    .notice.danger {
      --_tone: var(--_danger);
    }
    .notice.warning {
      --_tone: var(--_warning);
    }
    .notice.success {
      --_tone: var(--_success);
    }
    .notice > :last-child {
      margin-bottom: 0;
    }
    .chip {
      display: inline-block;
      padding: 0 var(--_space-s);
      border: 1px solid currentColor;
      border-radius: 1em;
      background: color-mix(in srgb, currentColor 8%, var(--_surface));
      color: var(--_tone, var(--_brand-text));
      font-size: var(--_size-s);
      font-weight: 600;
    }
    .tone-needs_revision {
      --_tone: var(--_warning);
    }
    .tone-rejected,
    .tone-cancelled {
      --_tone: var(--_danger);
    }
    .tone-completed,
    .tone-ready_for_pickup {
      --_tone: var(--_success);
    }
    dl {
      margin: 0;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0 0 var(--_space-s);
    }
    ul {
      margin: 0;
      padding-left: 1.25rem;
    }
    select,
    input {
      font: inherit;
      color: inherit;
    }
  }
`;
