/**
 * The workspace's page script: the gallery and the divider work at once; drafts, the
 * session's runs, the font size and the shortcuts wait for the playground's controller.
 */
import type { PlaygroundController } from '../../client/controller';
import { readStrings } from '../../client/strings';
import { initGallery } from './gallery';
import { initDivider } from './divider';
import { keepDrafts } from '../../client/drafts';
import { keepSessionRuns } from './session-runs';
import { initFontSize } from './font-size';
import { initShortcuts } from './shortcuts';
import { followVariant } from './address';

/** `<ag-playground>` (client/element.ts), as far as the workspace uses it. */
interface PlaygroundElement extends HTMLElement {
  controller(): Promise<PlaygroundController>;
}

async function start(root: HTMLElement): Promise<void> {
  const s = readStrings();
  initGallery(root, s);
  initDivider(root);
  await customElements.whenDefined('ag-playground');
  const controller = await root.querySelector<PlaygroundElement>('ag-playground')!.controller();
  const { store } = controller;
  const lang = root.dataset.lang!;
  const fromLink = controller.codeFromLink;
  const restored = keepDrafts(store, lang, fromLink ? store.current : undefined);
  // The address carries the code shown, as it does while the reader types.
  if (!fromLink && store.isEdited()) history.replaceState(null, '', controller.codeHash());
  if (restored) {
    const note = root.querySelector<HTMLElement>('[data-scratch-note]')!;
    // A link's own note (or its damage) says more; the draft note is for a plain visit.
    if (note.hidden) Object.assign(note, { textContent: s['ws.restored'], hidden: false });
  }
  keepSessionRuns(root.querySelector<HTMLElement>('[data-session-runs]')!, store, { lang, title: root.dataset.title!, strings: s });
  followVariant(root, controller);
  initFontSize(root, controller);
  initShortcuts(root, controller);
}

const root = document.querySelector<HTMLElement>('[data-workspace]');
if (root) void start(root);
