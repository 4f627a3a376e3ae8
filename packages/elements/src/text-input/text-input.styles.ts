import { css } from 'lit';

export const textInputStyles = css`
  @layer padu {
    .toggle {
      flex: 0 0 auto;
    }
  }
`;
