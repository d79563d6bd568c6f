/**
 * `<ag-exercise>`: what an exercise needs before the reader acts: its region's name, the
 * hints numbered and shown as far as the reader got, the solved state and the explanation
 * as they were left. Check, Show solution and Reset wake the playground and the rest
 * (exercise.ts), which load only then.
 */
import type { PlaygroundController } from '../../client/controller';
import type { ExerciseController } from './exercise';
import { fill } from '../../../i18n/fill';
import { readProgress, writeProgress } from './progress';
import { exerciseStrings } from './strings';

type PlaygroundElement = HTMLElement & { controller(): Promise<PlaygroundController> };

class AgExercise extends HTMLElement {
  #controller?: Promise<ExerciseController>;
  #s: Record<string, string> = {};

  get #id(): string {
    return this.dataset.exercise!;
  }

  get #lang(): string {
    return this.dataset.lang!;
  }

  get #hints(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('[data-hint]')];
  }

  connectedCallback(): void {
    this.#s = exerciseStrings();
    const heading = this.querySelector('[data-exercise-statement] :is(h2, h3, h4)[id]');
    if (heading) {
      this.setAttribute('role', 'region');
      this.setAttribute('aria-labelledby', heading.id);
    }
    this.#hints.forEach((h, i) => (h.querySelector('[data-hint-title]')!.textContent = fill(this.#s.hintTitle, { n: i + 1 })));
    const progress = readProgress(this.#lang, this.#id);
    this.#showHints(progress.hints ?? 0);
    this.#setSolved(!!progress.solved);
    if (progress.solution) this.#showExplanation();
    this.#showMine(progress.mine !== undefined);
    this.addEventListener('click', (e) => {
      const button = (e.target as Element).closest<HTMLButtonElement>('button[data-exercise-action]');
      if (button) this.#act(button.dataset.exerciseAction!);
    });
  }

  #act(action: string): void {
    if (action === 'hint') return this.#nextHint();
    void this.#wake().then((c) => {
      if (action === 'check') void c.check();
      else if (action === 'solution') {
        this.#showMine(c.showSolution());
        this.#showExplanation();
      } else if (action === 'mine') {
        c.restoreMine();
        this.#showMine(false);
        this.querySelector<HTMLElement>('[data-exercise-action="solution"]')!.focus();
      } else if (action === 'reset') {
        c.reset();
        this.#showHints(0);
        this.#hideExplanation();
        this.#showMine(false);
      }
    });
  }

  #wake(): Promise<ExerciseController> {
    this.#controller ??= (async () => {
      const pg = this.querySelector<PlaygroundElement>('ag-playground')!;
      const [playground, { ExerciseController }] = await Promise.all([pg.controller(), import('./exercise')]);
      return new ExerciseController(this, playground, this.#s, (solved) => this.#setSolved(solved));
    })();
    return this.#controller;
  }

  #setSolved(solved: boolean): void {
    this.dataset.exerciseState = solved ? 'solved' : 'unsolved';
  }

  /** Shows the first `count` hints, and the button for the next one while there is one. */
  #showHints(count: number): void {
    const hints = this.#hints;
    hints.forEach((h, i) => (h.hidden = i >= count));
    const button = this.querySelector<HTMLButtonElement>('[data-exercise-action="hint"]')!;
    button.hidden = count >= hints.length;
    button.textContent = fill(this.#s.hintNext, { n: Math.min(count + 1, hints.length), total: hints.length });
  }

  #nextHint(): void {
    const shown = this.#hints.filter((h) => !h.hidden).length;
    const next = this.#hints[shown];
    if (!next) return;
    writeProgress(this.#lang, this.#id, { hints: shown + 1 });
    this.#showHints(shown + 1);
    // The hint is read where it appears; the next one is a Tab away.
    next.focus();
  }

  /** "Back to my code" is there while the solution sits where the reader's own code was. */
  #showMine(shown: boolean): void {
    this.querySelector<HTMLButtonElement>('[data-exercise-action="mine"]')!.hidden = !shown;
  }

  #showExplanation(): void {
    const box = this.querySelector<HTMLElement>('[data-explanation]')!;
    const template = this.querySelector<HTMLTemplateElement>('template[data-explanation-body]');
    if (template && !box.querySelector('.ex-explanation-body')) {
      const body = Object.assign(document.createElement('div'), { className: 'ex-explanation-body' });
      body.append(template.content.cloneNode(true));
      box.append(body);
    }
    box.hidden = false;
  }

  #hideExplanation(): void {
    this.querySelector<HTMLElement>('[data-explanation]')!.hidden = true;
  }
}

if (!customElements.get('ag-exercise')) customElements.define('ag-exercise', AgExercise);
