import type { UiKey } from '../../i18n';

/** The home page's runnable teaser: its variants, labelled by UI string (the gallery lists them too). */
export const HOME_TEASER: readonly { label: UiKey; example: string }[] = [
  { label: 'home.sequential', example: 'home/sequential' },
  { label: 'home.concurrent', example: 'home/concurrent' },
];
