import type { previewVi } from './preview.vi';

/** Browser preview strings (English), the same keys as `previewVi`. */
export const previewEn: typeof previewVi = {
  pageTitle: 'Dân vận khéo — preview',
};
