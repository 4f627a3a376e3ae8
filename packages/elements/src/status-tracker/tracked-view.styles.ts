import { css } from 'lit';

/**
 * How a tracked application looks (summary, steps, timeline): with the view (tracked-view.ts), adopted by
 * the tracker's shadow root when it first shows one.
 */
export const trackedStyles = css`
  @layer padu {
    .summary:focus {
      outline: none;
    }
    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
      gap: var(--_space-s) var(--_space-m);
      margin: 0 0 var(--_space-m);
    }
    .facts dd {
      margin: 0;
    }
    section {
      margin: 0 0 var(--_space-l);
    }
    .steps,
    .timeline {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .step {
      position: relative;
      display: flex;
      align-items: center;
      gap: var(--_space-s);
      min-height: 2.5rem;
      color: var(--_muted);
    }
    /* The line between two markers. */
    .step + .step::before {
      content: '';
      position: absolute;
      top: -0.75rem;
      left: calc(0.75rem - 1px);
      height: 1rem;
      border-left: 2px solid var(--_border);
    }
    .marker {
      flex: 0 0 auto;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      width: 1.5rem;
      height: 1.5rem;
      border: 2px solid var(--_border);
      border-radius: 50%;
      background: var(--_surface);
      color: var(--_on-brand);
      font-size: var(--_size-s);
      line-height: 1;
    }
    .step.done,
    .step[aria-current] {
      color: var(--_text);
    }
    .step.done .marker {
      border-color: var(--_brand);
      background: var(--_brand);
    }
    .step.done .marker::after {
      content: '✓';
    }
    .step[aria-current] {
      font-weight: 700;
    }
    .step[aria-current] .marker {
      border: 0.4rem solid var(--_brand-text);
    }
    .timeline li {
      padding: 0 0 var(--_space-s) var(--_space-m);
      border-left: 3px solid var(--_border);
    }
    .timeline li:first-child {
      border-left-color: var(--_brand-text);
    }
    .timeline .muted {
      font-size: var(--_size-s);
    }
    .note {
      margin: var(--_space-xs) 0 0;
      white-space: pre-line;
    }
  }
`;
