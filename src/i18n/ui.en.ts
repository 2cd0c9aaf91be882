import type { uiVi } from './ui.vi';

/** Task pane strings (English), the same keys as `uiVi`. */
export const uiEn: typeof uiVi = {
  appTitle: 'Dân vận khéo (Skilful Mass Mobilisation)',
};
