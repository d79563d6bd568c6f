import type { Lang } from './locale';

/** What every page tells its layout about itself. */
export interface PageMeta {
  lang: Lang;
  title: string;
  description: string;
  /** Path inside the language, e.g. `chapters/01-x/`; '' for home. Drives canonical URLs and the language switch. */
  path: string;
}
