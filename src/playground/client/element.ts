/**
 * `<ag-playground>`: the only playground code a page loads up front. It wakes the
 * controller (and the sandbox) when the reader comes near, and hands it every action;
 * the editor, the runtime and the output renderer load only then.
 */
import type { PlaygroundController } from './controller';
import type { CodeLanguage } from '../protocol';
import { preparePython, warmSandbox } from './sandbox-host';
import { hasDraft } from './drafts';
import { LANGUAGE_EVENT, chooseLanguage, chosenLanguage, showLanguage } from './language';
import { watchTabOverflow } from './tab-overflow';

class AgPlayground extends HTMLElement {
  #controller?: Promise<PlaygroundController>;

  connectedCallback(): void {
    const wake = () => void this.controller();
    if (this.hasAttribute('data-language')) this.#followLanguage();
    watchTabOverflow(this);
    this.addEventListener('pointerenter', wake, { once: true });
    this.addEventListener('focusin', wake, { once: true });
    this.addEventListener('click', (e) => {
      const target = e.target as Element;
      const choice = target.closest<HTMLElement>('[data-language-choice]');
      if (choice) return chooseLanguage(choice.dataset.languageChoice as CodeLanguage);
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
    // The workspace's playground, and one whose code the reader edited on an earlier visit
    // (their draft is shown at once), wake with the page.
    if (this.hasAttribute('data-scratch') || hasDraft(this.dataset.lang ?? '', (this.dataset.examples ?? '').split(' '))) wake();
  }

  /**
   * Shows the language the reader chose, here or on another playground, and keeps showing it.
   * Pointing at Python fetches its runtime ahead (nothing of it is fetched before).
   */
  #followLanguage(): void {
    const show = (language: CodeLanguage) => {
      showLanguage(this, language);
      if (language === 'py') preparePython();
      void this.#controller?.then((c) => c.setLanguage(language));
    };
    if (chosenLanguage() === 'py') show('py');
    document.addEventListener(LANGUAGE_EVENT, (e) => show((e as CustomEvent<CodeLanguage>).detail));
    for (const type of ['pointerenter', 'focusin'] as const) {
      this.querySelector('[data-language-choice="py"]')?.addEventListener(type, () => preparePython(), { once: true });
    }
  }

  controller(): Promise<PlaygroundController> {
    // The sandbox starts while the controller loads: they don't depend on each other.
    void warmSandbox().catch(() => {});
    this.#controller ??= import('./controller').then((m) => new m.PlaygroundController(this));
    return this.#controller;
  }
}

if (!customElements.get('ag-playground')) customElements.define('ag-playground', AgPlayground);
