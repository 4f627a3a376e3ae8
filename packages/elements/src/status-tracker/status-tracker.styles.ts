import { css } from 'lit';

/** The tracker's own styles: its code form. How it draws a tracked application is `trackedStyles`. */
export const statusTrackerStyles = css`
  @layer padu {
    .lookup {
      margin: 0 0 var(--_space-l);
    }
  }
`;
