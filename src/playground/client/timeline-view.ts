/**
 * The timeline under a playground's output: follows the store, redraws as trace events
 * arrive (at most every LIVE_FRAME_MS), keeps one time scale for every variant, opens
 * itself where it teaches, and ties console lines to their ticks both ways.
 */
import type { PlaygroundStore, RunRecord, StoreEvent } from './store';
import { buildTimeline, prefersOrderMode, timelineTeaches, type TimelineModel } from '../trace/lanes';
import { drawTimeline, type TimelineSection } from '../output/timeline';
import { fill } from '../../i18n/fill';

const LIVE_FRAME_MS = 100;

export class TimelineView {
  readonly #store: PlaygroundStore;
  readonly #box: HTMLDetailsElement;
  readonly #canvas: HTMLElement;
  readonly #summary: HTMLElement;
  /** The last run's length per variant and language: Run all, Run both and tab-by-tab runs share one scale. */
  readonly #ends = new Map<string, number>();
  readonly #models = new WeakMap<RunRecord, { key: string; model: TimelineModel }>();
  #readerChose = false;
  #frame?: ReturnType<typeof setTimeout>;
  #orderMode?: boolean;
  /** The state the view itself last gave the toggle. */
  #openedByUs?: boolean;
  #truncated = '';
  /** The console line the reader points at, kept across redraws. */
  #hot?: string;

  constructor(root: HTMLElement, store: PlaygroundStore) {
    this.#store = store;
    this.#box = root.querySelector<HTMLDetailsElement>('[data-timeline-box]')!;
    this.#canvas = this.#box.querySelector<HTMLElement>('[data-timeline]')!;
    this.#summary = this.#box.querySelector<HTMLElement>('[data-timeline-summary]')!;
    // The first run is traced unless the author keeps the timeline closed: it decides whether
    // the timeline opens by itself. After that only an open timeline records.
    store.tracing = this.#box.dataset.default !== 'closed';
    this.#box.addEventListener('toggle', () => {
      // The toggle event comes later, in a task of its own: tell the reader's toggles from ours.
      if (this.#box.open === this.#openedByUs) return;
      this.#openedByUs = undefined;
      this.#readerChose = true;
      this.#store.tracing = this.#box.open;
      if (this.#box.open) this.#draw();
    });
    this.#box.querySelector('[data-timeline-mode]')?.addEventListener('click', () => {
      this.#orderMode = !this.#isOrderMode();
      this.#draw();
    });
    store.subscribe((e) => this.#on(e));
    this.#linkRows(root);
  }

  #on(e: StoreEvent): void {
    switch (e.type) {
      case 'clear':
        this.#orderMode = undefined;
        this.#truncated = '';
        this.#canvas.textContent = '';
        this.#summary.textContent = '';
        // Until a run starts: a tab that has not run has no timeline to show.
        this.#box.hidden = true;
        break;
      case 'run-start':
        this.#box.hidden = false;
        this.#schedule();
        break;
      case 'output':
        if (e.events.length) this.#schedule();
        break;
      case 'trace-truncated':
        this.#truncated = fill(this.#store.s['timeline.truncated'], { count: e.maxEvents });
        break;
      case 'run-end':
        clearTimeout(this.#frame);
        this.#frame = undefined;
        if (e.run.traced) this.#ends.set(`${e.run.language}:${e.run.variant}`, this.#model(e.run).end);
        this.#maybeOpen(e.run);
        this.#store.tracing = this.#box.open;
        this.#draw();
        this.#announce();
        break;
    }
  }

  /** A run's model, built again only when the run has new events or has ended. */
  #model(run: RunRecord): TimelineModel {
    const key = `${run.events.length}:${run.status}`;
    const cached = this.#models.get(run);
    if (cached?.key === key) return cached.model;
    const s = this.#store.s;
    const model = buildTimeline(run.events, run.status === 'running' ? undefined : run.elapsed, { anonymous: s['timeline.anonymous'], callback: s['timeline.callback'] });
    this.#models.set(run, { key, model });
    return model;
  }

  #schedule(): void {
    this.#frame ??= setTimeout(() => {
      this.#frame = undefined;
      const live = this.#store.runs[this.#store.runs.length - 1];
      if (live) this.#maybeOpen(live);
      this.#draw();
    }, LIVE_FRAME_MS);
  }

  /** Open by default where the trace teaches something (two tasks, a generator), unless the author or the reader said otherwise. */
  #maybeOpen(run: RunRecord): void {
    if (this.#readerChose || this.#box.open || !run.traced) return;
    const wanted = this.#box.dataset.default;
    if (wanted === 'closed') return;
    if (wanted === 'open' || timelineTeaches(this.#model(run))) this.#setOpen(true);
  }

  #setOpen(open: boolean): void {
    this.#openedByUs = open;
    this.#box.open = open;
  }

  #sections(): TimelineSection[] {
    const runs = this.#store.runs;
    return runs.flatMap((run, i) => run.traced ? [{
      title: runs.length > 1 ? run.label : undefined,
      model: this.#model(run),
      events: run.events,
      run: i,
      lineText: (line: number) => run.entries[line]?.text,
    }] : []);
  }

  /** Whether these runs would be drawn by order on their own: nothing in them took time. */
  #untimed(models: TimelineModel[]): boolean {
    return models.length > 0 && models.every(prefersOrderMode);
  }

  #isOrderMode(models: TimelineModel[] = this.#sections().map((s) => s.model)): boolean {
    return this.#orderMode ?? this.#untimed(models);
  }

  #draw(): void {
    if (!this.#box.open || this.#box.hidden) return;
    const sections = this.#sections();
    if (!sections.length) {
      // Runs made while the timeline was closed recorded nothing: say how to get one.
      if (this.#store.runs.length) {
        const hint = document.createElement('p');
        hint.className = 'pg-tl-untraced';
        hint.textContent = this.#store.s['timeline.untraced'];
        this.#canvas.replaceChildren(hint);
      }
      return;
    }
    const models = sections.map((s) => s.model);
    const untimed = this.#untimed(models);
    const orderMode = this.#orderMode ?? untimed;
    const scaleEnd = orderMode
      ? Math.max(...sections.map((s) => s.model.seqEnd))
      : Math.max(...sections.map((s) => s.model.end), ...this.#ends.values());
    const wasOpen = this.#canvas.querySelector<HTMLDetailsElement>('.pg-tl-table')?.open ?? false;
    const drawing = drawTimeline(sections, { scaleEnd, orderMode, untimed, containerWidth: this.#contentWidth(), strings: this.#store.s });
    drawing.querySelector<HTMLDetailsElement>('.pg-tl-table')!.open = wasOpen;
    this.#canvas.replaceChildren(drawing);
    if (this.#hot) for (const node of this.#canvas.querySelectorAll(this.#hot)) node.classList.add('is-hot');
    const mode = this.#box.querySelector<HTMLButtonElement>('[data-timeline-mode]');
    if (mode) {
      mode.textContent = this.#store.s[orderMode ? 'timeline.showTime' : 'timeline.showOrder'];
      mode.setAttribute('aria-pressed', String(orderMode));
    }
  }

  /** The width inside the canvas's padding: the drawing fills exactly that, or scrolls. */
  #contentWidth(): number {
    const style = getComputedStyle(this.#canvas);
    const width = this.#canvas.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return width > 0 ? Math.floor(width) : 600;
  }

  #announce(): void {
    const runs = this.#store.runs;
    const last = runs[runs.length - 1];
    if (!last) return;
    if (!last.traced) {
      this.#summary.textContent = '';
      return;
    }
    const model = this.#model(last);
    const s = this.#store.s;
    const count = (key: string, n: number) => fill(s[n === 1 ? `${key}.one` : key], { count: n });
    const summary = fill(s['timeline.summary'], { tasks: count('timeline.tasks', model.lanes.length - 1), events: count('timeline.events', last.events.length) });
    this.#summary.textContent = [summary, this.#truncated].filter(Boolean).join(' ');
  }

  /** A console line and its tick light up together, whichever the reader points at. */
  #linkRows(root: HTMLElement): void {
    const hot = (line: string | undefined, run: string | undefined, on: boolean) => {
      if (line === undefined || run === undefined) return;
      const selector = `[data-line="${line}"][data-run="${run}"]`;
      this.#hot = on ? selector : undefined;
      for (const node of root.querySelectorAll(selector)) node.classList.toggle('is-hot', on);
    };
    const handler = (on: boolean) => (e: Event) => {
      const target = (e.target as Element).closest<HTMLElement | SVGElement>('.pg-line[data-line], [data-event][data-line]');
      if (target) hot(target.dataset.line, target.dataset.run, on);
    };
    for (const [type, on] of [['pointerover', true], ['pointerout', false], ['focusin', true], ['focusout', false]] as const) {
      root.addEventListener(type, handler(on));
    }
  }
}
