import { css } from 'lit';

export const applicationsViewStyles = css`
  @layer padu {
    .applications {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .application {
      margin: 0 0 var(--_space-m);
      padding: var(--_space-m);
      border: 1px solid var(--_border);
      border-left-width: 5px;
      border-radius: var(--_radius);
    }
    .application.action {
      border-left-color: var(--_warning);
    }
    .action-needed {
      color: var(--_warning);
    }
    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr));
      gap: var(--_space-xs) var(--_space-m);
      margin: 0 0 var(--_space-s);
    }
    .facts dd {
      margin: 0;
    }
    .back {
      margin: 0 0 var(--_space-m);
    }
  }
`;
