import { css } from 'lit';

export const serviceCatalogueStyles = css`
  @layer padu {
    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
      gap: 0 var(--_space-m);
    }
    .services {
      margin: 0 0 var(--_space-m);
      padding: 0;
      list-style: none;
    }
    .service {
      margin: 0 0 var(--_space-m);
      padding: var(--_space-m);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .service:focus {
      outline: var(--_focus-width) solid var(--_focus);
    }
    .standard {
      display: grid;
      grid-template-columns: minmax(0, 9rem) minmax(0, 1fr);
      gap: var(--_space-xs) var(--_space-m);
      margin: 0 0 var(--_space-m);
    }
    .standard dd {
      margin: 0;
    }
    @media (max-width: 30rem) {
      .standard {
        grid-template-columns: minmax(0, 1fr);
      }
      .standard dd {
        margin: 0 0 var(--_space-s);
      }
    }
  }
`;
