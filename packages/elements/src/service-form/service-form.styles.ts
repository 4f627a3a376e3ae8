import { css } from 'lit';

/**
 * GOV.UK question pages, error summary, summary list and confirmation panel, in Padu's tokens. Narrow first:
 * everything stacks at 320 px; summary rows get three columns only where there is room. The form adopts them
 * when it arrives (`form-view.ts`); the element's own styles are in `service-form.ts`.
 */
export const serviceFormStyles = css`
  @layer padu {
    .page-heading {
      margin-bottom: var(--_space-m);
      font-size: var(--_size-xl);
    }
    [data-focus]:focus {
      outline: none;
    }
    .caption {
      margin-bottom: var(--_space-xs);
      color: var(--_muted);
    }
    .back-link {
      display: inline-block;
      margin-bottom: var(--_space-m);
    }
    .back-link::before {
      content: '‹ ';
    }
    section,
    ol,
    .summary-list,
    .error-summary,
    .track {
      margin: 0 0 var(--_space-l);
    }
    /* Empty boxes: what to have ready before starting. */
    .checklist li {
      list-style: '☐  ';
    }
    .facts dt {
      margin-top: var(--_space-s);
    }
    .group,
    .group-item {
      margin: 0 0 var(--_space-m);
      padding: var(--_space-m);
      border: 1px solid var(--_border);
    }
    .group .hint {
      color: var(--_muted);
    }
    .group .error {
      color: var(--_danger);
      font-weight: 600;
    }
    .group > legend {
      padding: 0 var(--_space-s);
    }
    .content-block {
      margin-bottom: var(--_space-m);
      padding-left: var(--_space-m);
      border-left: 4px solid var(--_border);
    }
    .error-summary {
      padding: var(--_space-m);
      border: 4px solid var(--_danger);
    }
    .error-summary a {
      color: var(--_danger);
      font-weight: 600;
    }
    .summary-row {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 0 var(--_space-m);
      padding: var(--_space-s) 0;
      border-bottom: 1px solid var(--_border);
    }
    .summary-row dt {
      grid-column: 1 / -1;
    }
    .summary-row dd {
      margin: 0;
      white-space: pre-line;
    }
    @media (min-width: 40rem) {
      .summary-row {
        grid-template-columns: 2fr 3fr auto;
      }
      .summary-row dt {
        grid-column: auto;
      }
    }
    .panel {
      margin-bottom: var(--_space-m);
      padding: var(--_space-l) var(--_space-m);
      background: var(--_success);
      color: #fff;
      text-align: center;
    }
    .panel-title,
    .code {
      font-size: var(--_size-xl);
      font-weight: 700;
    }
    @media print {
      .no-print,
      .back-link {
        display: none;
      }
      .panel {
        border: 2px solid;
        color: inherit;
      }
    }
  }
`;
