import { css } from 'lit';

export const loginStyles = css`
  @layer padu {
    .method {
      min-width: 0;
      margin: 0 0 var(--_space-m);
      padding: 0;
      border: 0;
    }
    .choice {
      display: inline-flex;
      align-items: center;
      gap: var(--_space-s);
      min-height: 2.75rem;
      margin-right: var(--_space-l);
      cursor: pointer;
    }
    .choice input {
      width: 1.5rem;
      height: 1.5rem;
      margin: 0;
      accent-color: var(--_brand-text);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-s);
      margin: 0 0 var(--_space-m);
    }
    /* As tall as the signed-out form (and the page's rule for the undefined tag), so nothing moves after. */
    .restoring {
      min-height: 21rem;
      margin: 0;
    }
  }
`;
