import { css } from 'lit';

/** The editor beside its preview on wide screens, one above the other on narrow ones (down to 320 px). */
export const editorStyles = css`
  @layer padu {
    :host {
      display: block;
    }
    .layout {
      display: grid;
      gap: var(--padu-space-l);
      grid-template-columns: minmax(0, 1fr);
    }
    @media (min-width: 64rem) {
      .layout {
        grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
        align-items: start;
      }
      .preview-pane {
        position: sticky;
        top: var(--padu-space-m);
        max-height: calc(100vh - 2 * var(--padu-space-m));
        overflow: auto;
      }
    }
    .part,
    .preview-pane {
      border-top: 2px solid var(--padu-color-border);
      padding-top: var(--padu-space-s);
      margin-top: var(--padu-space-m);
    }
    fieldset {
      border: 1px solid var(--padu-color-border);
      border-radius: var(--padu-radius);
      padding: var(--padu-space-s) var(--padu-space-m) var(--padu-space-m);
      margin: 0 0 var(--padu-space-m);
      min-width: 0;
    }
    fieldset.inline {
      display: flex;
      flex-wrap: wrap;
      gap: var(--padu-space-m);
    }
    legend {
      font-weight: 600;
      padding: 0 var(--padu-space-xs);
    }
    ol {
      padding-left: var(--padu-space-m);
      margin: 0 0 var(--padu-space-m);
    }
    li.step,
    li.field {
      margin-bottom: var(--padu-space-m);
    }
    .input {
      display: grid;
      gap: var(--padu-space-xs);
      margin-bottom: var(--padu-space-s);
    }
    label {
      font-weight: 600;
    }
    .hint {
      color: var(--padu-color-text-muted);
      font-size: var(--padu-font-size-s);
      margin: 0;
    }
    .error {
      color: var(--padu-color-danger);
      font-weight: 600;
      margin: 0;
    }
    input:not([type='checkbox'], [type='radio']),
    select,
    textarea {
      box-sizing: border-box;
      width: 100%;
      min-height: 2.75rem;
      font: inherit;
      padding: var(--padu-space-xs) var(--padu-space-s);
      border: 1px solid var(--padu-color-border);
      border-radius: var(--padu-radius);
      background: var(--padu-color-surface);
      color: var(--padu-color-text);
    }
    [aria-invalid='true'] {
      border: 2px solid var(--padu-color-danger) !important;
    }
    .check {
      display: flex;
      gap: var(--padu-space-s);
      align-items: center;
      min-height: 2.75rem;
    }
    .check input {
      width: 1.5rem;
      height: 1.5rem;
      margin: 0;
      flex: none;
    }
    .check label {
      font-weight: normal;
    }
    .pair {
      display: grid;
      gap: var(--padu-space-s);
      grid-template-columns: repeat(auto-fit, minmax(min(12rem, 100%), 1fr));
    }
    /* A condition nests up to three parts deep: narrower frames inside, so it still fits a 320 px screen. */
    fieldset.condition fieldset {
      padding-inline: var(--padu-space-s);
    }
    ol.condition-items {
      padding-left: 0;
      list-style: none;
    }
    ol.condition-items > li {
      margin-bottom: var(--padu-space-s);
    }
    pre.kept {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      margin: var(--padu-space-xs) 0;
    }
    .item-controls,
    .add-field {
      display: flex;
      flex-wrap: wrap;
      gap: var(--padu-space-s);
      align-items: end;
      margin: var(--padu-space-s) 0;
    }
    .button.small {
      min-height: 2.75rem;
      padding: var(--padu-space-xs) var(--padu-space-s);
    }
    .summary ul {
      margin: var(--padu-space-s) 0 0;
      padding-left: var(--padu-space-m);
    }
    .summary a {
      color: var(--padu-color-danger);
      font-weight: 600;
    }
    .save-status:empty {
      display: none;
    }
    .diff code {
      overflow-wrap: anywhere;
    }
    .diff li {
      overflow-wrap: anywhere;
      margin-bottom: var(--padu-space-xs);
    }
    .button.destructive {
      border-color: var(--_danger);
      background: var(--_danger);
      color: #ffffff;
    }
    .service-state:focus,
    .version-title:focus {
      outline: var(--_focus-width) solid var(--_focus);
      outline-offset: 2px;
    }
    .versions {
      list-style: none;
      padding: 0;
    }
    .versions > li {
      padding: var(--padu-space-s) 0;
      border-bottom: 1px solid var(--_border);
      margin: 0;
    }
    .versions p {
      margin: var(--padu-space-xs) 0 0;
      overflow-wrap: anywhere;
    }
    .change-note {
      white-space: pre-line;
    }
    .versions-part {
      margin-top: var(--padu-space-m);
    }
    .preview {
      border: 1px dashed var(--padu-color-border);
      border-radius: var(--padu-radius);
      padding: var(--padu-space-s);
    }
    .preview.phone {
      max-width: 360px;
      box-sizing: border-box;
      margin-inline: auto;
    }
  }
`;
