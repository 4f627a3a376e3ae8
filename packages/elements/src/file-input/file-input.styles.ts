import { css } from 'lit';

export const fileInputStyles = css`
  @layer padu {
    .file {
      margin: 0 0 var(--_space-s);
    }
    progress {
      display: block;
      width: 100%;
      height: 1rem;
      margin: 0 0 var(--_space-s);
      accent-color: var(--_brand);
    }
    /* The native input is hidden (its own button speaks the browser's language, not the page's); its label is the
       visible button, and shows the input's keyboard focus, which the progress bar shows while it uploads. */
    .native:focus-visible ~ .row .chooser,
    .native:focus-visible ~ progress {
      outline: var(--_focus-width) solid var(--_focus);
      outline-offset: 2px;
    }
    .native:disabled ~ .row .chooser {
      display: none;
    }
  }
`;
