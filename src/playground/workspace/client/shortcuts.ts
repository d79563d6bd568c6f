/**
 * The workspace's own shortcuts (Ctrl/Cmd+Enter, Shift+Alt+F and Escape belong to the
 * playground and the editor): Ctrl/Cmd+S copies the share link instead of saving the page.
 */
import type { PlaygroundController } from '../../client/controller';

const isApple = () => /Mac|iPhone|iPad/.test(navigator.userAgent);

export function initShortcuts(root: HTMLElement, controller: PlaygroundController): void {
  if (isApple()) root.querySelectorAll('kbd[data-mod]').forEach((k) => (k.textContent = '⌘'));
  // Capture: before the editor sees the key, so the browser's save dialog never opens.
  addEventListener(
    'keydown',
    (e) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 's') return;
      e.preventDefault();
      controller.action('share');
    },
    { capture: true },
  );
}
