import { css } from 'lit';

/**
 * Labels, hints, inline errors and inputs (GOV.UK pattern: label, hint, error, then the control; a red bar marks
 * a field with an error). Used by every field element and by the few native controls the elements render
 * themselves (the catalogue's filters).
 */
export const fieldStyles = css`
  @layer padu {
    .field {
      margin: 0 0 var(--_space-m);
    }
    .field.invalid {
      padding-left: var(--_space-s);
      border-left: 4px solid var(--_danger);
    }
    .label {
      display: block;
      margin: 0 0 var(--_space-xs);
      font-weight: 600;
    }
    .label-heading .label {
      margin-bottom: var(--_space-s);
      font-size: var(--_size-xl);
      font-weight: 700;
      line-height: 1.25;
    }
    .hint {
      margin: 0 0 var(--_space-xs);
      color: var(--_muted);
    }
    .error {
      margin: 0 0 var(--_space-xs);
      color: var(--_danger);
      font-weight: 600;
    }
    .input {
      flex: 1 1 12rem;
      width: 100%;
      min-width: 0;
      min-height: 2.75rem;
      padding: var(--_space-xs) var(--_space-s);
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .input[aria-invalid='true'] {
      border-color: var(--_danger);
    }
    .input:disabled {
      background: var(--_surface-alt);
    }
  }
`;
