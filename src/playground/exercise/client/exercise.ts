/**
 * One exercise, awake: Check runs the checks on the reader's code through the playground's
 * own store (its output, timeline, Stop and time limit), and draws each row as its outcome
 * arrives; Show solution and Reset progress change the playground's code and the progress.
 */
import type { PlaygroundController } from '../../client/controller';
import type { RunRecord } from '../../client/store';
import type { Text } from '../api';
import { settleOutcomes, type NotRunReason, type Outcome } from '../outcome';
import { readStrings } from '../../client/strings';
import { fill } from '../../../i18n/fill';
import { clearRow, showOutcome, type RowStrings } from './rows';
import { readProgress, writeProgress } from './progress';

/** What Exercise.astro embeds for the client. */
interface ExerciseData {
  id: string;
  solution: string;
  checks: string;
  /** Each check's name, in both languages. */
  names: Text[];
  /** The checks' own async functions, by name: their lanes are left out of the excerpts. */
  checkTasks: string[];
  watchdogMs: number;
}

export class ExerciseController {
  readonly #root: HTMLElement;
  readonly #pg: PlaygroundController;
  readonly #data: ExerciseData;
  readonly #names: Text[];
  readonly #s: RowStrings;
  readonly #onState: (solved: boolean) => void;

  constructor(root: HTMLElement, pg: PlaygroundController, ex: Record<string, string>, onState: (solved: boolean) => void) {
    this.#root = root;
    this.#pg = pg;
    this.#data = JSON.parse(root.querySelector('.ex-data')!.textContent!);
    this.#names = this.#data.names;
    this.#s = { ex, pg: readStrings(), checkTasks: new Set(this.#data.checkTasks) };
    this.#onState = onState;
  }

  get #lang(): keyof Text {
    return this.#root.dataset.lang as keyof Text;
  }

  get #rows(): HTMLElement[] {
    return [...this.#root.querySelectorAll<HTMLElement>('[data-check]')];
  }

  #status(text: string): void {
    this.#root.querySelector('[data-exercise-status]')!.textContent = text;
  }

  async check(): Promise<void> {
    const store = this.#pg.store;
    if (store.state === 'running') return;
    const rows = this.#rows;
    for (const row of rows) clearRow(row, true);
    this.#root.toggleAttribute('data-checking', true);
    this.#status(this.#s.ex.checking);

    const reported: (Outcome | undefined)[] = [];
    let run: RunRecord | undefined;
    let timedOut = false;
    const off = store.subscribe((e) => {
      if (e.type === 'run-start') run = e.run;
      else if (e.type === 'check' && e.run === run) {
        reported[e.index] = e.outcome;
        if (rows[e.index]) showOutcome(rows[e.index], e.outcome, this.#names[e.index], this.#lang, this.#s, run);
        rows[e.index + 1]?.toggleAttribute('data-running', true);
      } else if (e.type === 'run-end' && e.run === run) timedOut = e.timedOut;
    });
    // The time limit of a check run is the checks' own (Exercise.astro); a plain Run keeps the playground's.
    const limit = this.#pg.root.dataset.watchdogMs;
    this.#pg.root.dataset.watchdogMs = String(this.#data.watchdogMs);
    let ended: NotRunReason | 'done';
    try {
      const result = await store.run({ js: this.#data.checks });
      // Stopped while compiling, there is no run either: Stop comes first.
      ended = result.status === 'stopped' ? 'stopped' : !run ? 'not-compiled' : timedOut ? 'watchdog' : 'done';
    } finally {
      off();
      this.#pg.root.dataset.watchdogMs = limit;
      this.#root.toggleAttribute('data-checking', false);
    }
    const outcomes = settleOutcomes(rows.length, reported, ended);
    outcomes.forEach((o, i) => reported[i] !== o && showOutcome(rows[i], o, this.#names[i], this.#lang, this.#s, run));
    const passed = outcomes.filter((o) => o.result === 'pass').length;
    const solved = passed === outcomes.length;
    this.#status(solved ? this.#s.ex.solved : fill(this.#s.ex.summary, { passed, total: outcomes.length }));
    writeProgress(this.#lang, this.#data.id, { solved });
    this.#onState(solved);
  }

  /**
   * Puts the reference solution in the editor (the reader's draft keeps it, like any edit).
   * The reader's own code, if they had written any, is kept for "Back to my code".
   * @returns whether there is code of the reader's to go back to
   */
  showSolution(): boolean {
    const store = this.#pg.store;
    const code = store.codeOf(0, 'ts');
    const kept = readProgress(this.#lang, this.#data.id).mine;
    const mine = store.isEdited(0, 'ts') && code !== this.#data.solution ? code : kept;
    store.setCode(0, this.#data.solution, false, 'ts');
    writeProgress(this.#lang, this.#data.id, { solution: true, mine });
    this.#status(mine ? this.#s.ex.solutionShownMine : this.#s.ex.solutionShown);
    return mine !== undefined;
  }

  /** The code the reader had before Show solution, back in the editor. */
  restoreMine(): void {
    const { mine } = readProgress(this.#lang, this.#data.id);
    if (mine === undefined) return;
    this.#pg.store.setCode(0, mine, false, 'ts');
    writeProgress(this.#lang, this.#data.id, { mine: undefined });
    this.#status(this.#s.ex.mineBack);
  }

  /** The starter code back, the rows cleared, the progress forgotten. */
  reset(): void {
    const store = this.#pg.store;
    if (store.state === 'running') store.stop();
    store.reset(0);
    for (const row of this.#rows) clearRow(row, false);
    writeProgress(this.#lang, this.#data.id, null);
    this.#status(this.#s.ex.resetDone);
    this.#onState(false);
  }
}
