/**
 * `<ag-playground>`: the only playground code a page loads up front. It wakes the
 * controller (and the sandbox) when the reader comes near, and hands it every action;
 * the editor, the runtime and the output renderer load only then.
 */
import type { PlaygroundController } from './controller';
import { warmSandbox } from './sandbox-host';

class AgPlayground extends HTMLElement {
  #controller?: Promise<PlaygroundController>;

  connectedCallback(): void {
    const wake = () => void this.controller();
    this.addEventListener('pointerenter', wake, { once: true });
    this.addEventListener('focusin', wake, { once: true });
    this.addEventListener('click', (e) => {
      const target = e.target as Element;
      const tab = target.closest<HTMLElement>('[role="tab"]');
      if (tab) return void this.controller().then((c) => c.selectVariant(Number(tab.dataset.variant), true));
      const button = target.closest<HTMLElement>('button[data-action]');
      if (button) void this.controller().then((c) => c.action(button.dataset.action!));
    });
    this.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        void this.controller().then((c) => c.action('run'));
      } else if ((e.target as Element).matches('[role="tab"]') && ['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) {
        e.preventDefault();
        void this.controller().then((c) => c.moveTab(e.key));
      }
    });
    if (this.hasAttribute('data-scratch')) wake();
  }

  controller(): Promise<PlaygroundController> {
    // The sandbox starts while the controller loads: they don't depend on each other.
    void warmSandbox().catch(() => {});
    this.#controller ??= import('./controller').then((m) => new m.PlaygroundController(this));
    return this.#controller;
  }
}

if (!customElements.get('ag-playground')) customElements.define('ag-playground', AgPlayground);
