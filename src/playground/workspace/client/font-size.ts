/** The workspace's font size: the editor's and the output's, kept in this browser. */
import type { PlaygroundController } from '../../client/controller';
import { local, readItem, writeItem } from '../../client/storage';

const KEY = 'ag-playground:font-size';

export function initFontSize(root: HTMLElement, controller: PlaygroundController): void {
  const select = root.querySelector<HTMLSelectElement>('select[data-font-size]');
  if (!select) return;
  const apply = (px: number) => {
    root.style.setProperty('--ws-font-size', `${px}px`);
    controller.setFontSize(px);
  };
  const saved = readItem(local, KEY);
  if (saved && [...select.options].some((o) => o.value === saved)) {
    select.value = saved;
    apply(Number(saved));
  }
  select.addEventListener('change', () => {
    apply(Number(select.value));
    writeItem(local, KEY, select.value);
  });
}
