import { css } from 'lit';

/** Radios and checkboxes with large touch targets (GOV.UK: 40 px boxes), stacked, the label beside the box. */
export const choiceStyles = css`
  @layer padu {
    .fieldset {
      min-width: 0;
      margin: 0;
      padding: 0;
      border: 0;
    }
    .legend {
      padding: 0;
    }
    .choices {
      display: grid;
      gap: var(--_space-s);
    }
    .choice {
      display: flex;
      align-items: flex-start;
      gap: var(--_space-s);
    }
    .box {
      flex: 0 0 auto;
      width: 1.75rem;
      height: 1.75rem;
      margin: 0.25rem 0 0;
      accent-color: var(--_brand);
    }
    .choice-label {
      padding-top: 0.3rem;
      cursor: pointer;
    }
    .label-heading .choice-label {
      font-size: var(--_size-l);
      font-weight: 600;
    }
  }
`;
