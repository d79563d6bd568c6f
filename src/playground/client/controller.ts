/**
 * One playground's behaviour: variants, runs, the editor swap, output, charts and
 * history. Loaded on first interaction by `<ag-playground>`; the markup it drives is
 * rendered at build time by Playground.astro.
 */
import type { Entry, FrameToPage } from '../protocol';
import type { ExampleData, RunState, Strings } from './types';
import type { CompileResult, Diagnostic, EditorHandle } from '../editor/types';
import { startRun, type RunHandle } from './sandbox-host';
import { entryRow, noticeRow, comparisonChart } from '../output/render';
import { uniqueLabels, type Measure } from '../output/compare';
import { formatBytes, formatElapsed } from '../output/format';
import { encodeShareHash, decodeShareHash } from '../share';
import { fill } from '../../i18n/fill';
import { readStrings } from './strings';

const HISTORY_SIZE = 5;

interface RunOutcome {
  status: RunState;
  elapsed: number;
}

interface HistoryItem {
  label: string;
  edited: boolean;
  status: RunState;
  elapsed: number;
}

export class PlaygroundController {
  readonly root: HTMLElement;
  readonly #s: Strings;
  readonly #variants: ExampleData[];
  /** The code of each variant as the reader left it (starts as the original). */
  readonly #code: string[];
  readonly #editors: (EditorHandle | undefined)[] = [];
  #current = 0;
  #run?: RunHandle;
  #runToken = 0;
  #batch = 0;
  #watchdog?: ReturnType<typeof setInterval>;
  #history: HistoryItem[] = [];

  constructor(root: HTMLElement) {
    this.root = root;
    this.#s = readStrings();
    this.#variants = JSON.parse(root.querySelector('.pg-data')!.textContent!);
    this.#code = this.#variants.map((v) => v.source);
    if (root.hasAttribute('data-scratch')) this.#initScratch();
  }

  // ---- actions ----------------------------------------------------------------------

  action(name: string): void {
    // Any explicit action ends a "Run all" in progress.
    if (name === 'run' || name === 'stop' || name === 'run-all') this.#batch++;
    switch (name) {
      case 'run': void this.run(); break;
      case 'run-all': void this.runAll(); break;
      case 'stop': this.stop(); break;
      case 'edit': void this.edit(); break;
      case 'reset': this.reset(); break;
      case 'copy': void this.#copy(this.#code[this.#current], this.#s.copied); break;
      case 'share': void this.#share(); break;
    }
  }

  selectVariant(i: number, focus = false): void {
    if (i === this.#current || !this.#variants[i]) return;
    this.#current = i;
    this.root.querySelectorAll<HTMLElement>('[role="tab"]').forEach((tab, j) => {
      tab.setAttribute('aria-selected', String(j === i));
      tab.tabIndex = j === i ? 0 : -1;
      if (j === i && focus) tab.focus();
    });
    this.root.querySelectorAll<HTMLElement>('.pg-panel').forEach((p, j) => (p.hidden = j !== i));
    this.#syncButtons();
  }

  moveTab(key: string): void {
    const n = this.#variants.length;
    const next = key === 'Home' ? 0 : key === 'End' ? n - 1 : (this.#current + (key === 'ArrowRight' ? 1 : n - 1)) % n;
    this.selectVariant(next, true);
  }

  /** Runs the current variant; resolves when the run has ended, however it ended. */
  async run(opts: { append?: boolean; heading?: string } = {}): Promise<RunOutcome> {
    this.stop(true);
    const token = ++this.#runToken;
    const i = this.#current;
    const variant = this.#variants[i];
    const source = this.#code[i];
    const edited = source !== variant.source;
    if (!opts.append) this.#clearOutput();
    if (opts.heading) this.#notice(opts.heading);
    this.#setState('running');

    let code: { js: string; map?: string } = { js: variant.js, map: variant.map };
    if (edited) {
      const compiled = await this.#compile(source, variant.filename);
      if (token !== this.#runToken) return { status: 'stopped', elapsed: 0 };
      if (!compiled) return this.#finish(token, 'error', 0, variant, edited);
      code = compiled;
    }

    return new Promise<RunOutcome>((resolve) => {
      const timers: Measure[] = [];
      const limit = Number(this.root.dataset.watchdogMs) || 20_000;
      const started = performance.now();
      this.#startWatchdog(token, started, limit, variant, edited, resolve);
      const onMessage = (msg: FrameToPage) => {
        if (token !== this.#runToken) return;
        if (msg.type === 'entries') {
          for (const e of msg.entries) if (e.timer) timers.push({ label: e.timer.label, ms: e.timer.ms });
          this.#appendLines(msg.entries);
        } else if (msg.type === 'truncated') {
          this.#notice(fill(this.#s.truncated, { lines: msg.maxLines, bytes: formatBytes(msg.maxBytes) }), 'warn');
        } else if (msg.type === 'end') {
          if (msg.dropped > 0) this.#notice(fill(this.#s.moreLines, { count: msg.dropped }), 'warn');
          if (timers.length > 1) this.#chart(this.#s.timers, uniqueLabels(timers));
          resolve(this.#finish(token, msg.status, msg.elapsed, variant, edited));
        }
      };
      startRun({ ...code, filename: variant.filename, messages: { postMessageIgnored: this.#s.postMessageIgnored, closeIgnored: this.#s.closeIgnored, usingUnsupported: this.#s.usingUnsupported, workerRefused: this.#s.workerRefused, networkRefused: this.#s.networkRefused, formatFailed: this.#s.formatFailed } }, onMessage).then(
        (handle) => {
          if (token === this.#runToken) this.#run = handle;
          else handle.stop();
        },
        (err: unknown) => {
          this.#notice(fill(this.#s.sandboxFailed, { message: String((err as Error)?.message ?? err) }), 'error');
          resolve(this.#finish(token, 'error', 0, variant, edited));
        },
      );
    });
  }

  /** Runs every variant one after another (so they don't slow each other down) and charts them. */
  async runAll(): Promise<void> {
    const measures: Measure[] = [];
    const batch = this.#batch;
    const start = this.#current;
    for (let i = 0; i < this.#variants.length; i++) {
      this.selectVariant(i);
      const outcome = await this.run({ append: i > 0, heading: `▶ ${this.#variants[i].label}` });
      if (outcome.status === 'stopped' || batch !== this.#batch) break;
      measures.push({ label: this.#variants[i].label, ms: outcome.elapsed });
    }
    this.selectVariant(start);
    if (measures.length === this.#variants.length) {
      this.#chart(this.#s.compare, measures);
      this.#syncButtons();
    }
  }

  stop(silent = false): void {
    const wasRunning = this.root.dataset.state === 'running';
    this.#run?.stop();
    this.#run = undefined;
    clearInterval(this.#watchdog);
    this.#runToken++;
    if (wasRunning && !silent) {
      this.#notice(this.#s.stoppedByUser, 'warn');
      this.#setState('stopped');
      this.#status(this.#s['state.stopped']);
    }
  }

  async edit(): Promise<void> {
    const i = this.#current;
    if (this.#editors[i]) return this.#editors[i]!.focus();
    const panel = this.root.querySelectorAll<HTMLElement>('.pg-panel')[i];
    const holder = document.createElement('div');
    holder.className = 'pg-editor';
    holder.textContent = this.#s.editorLoading;
    panel.append(holder);
    try {
      const { createEditor } = await import('../editor/load');
      const handle = await createEditor(holder, {
        value: this.#code[i],
        filename: this.#variants[i].filename,
        label: this.#s.editorLabel,
        onChange: (value) => this.#codeChanged(i, value),
        // TypeScript numbers syntax errors below 2000: those stop a run, the rest don't.
        onDiagnostics: (list) => {
          if (i === this.#current) this.#showDiagnostics(list.filter((d) => d.code < 2000), list.filter((d) => d.code >= 2000));
        },
        onRun: () => void this.run(),
        onEscape: () => this.root.querySelector<HTMLElement>('[data-action="run"]')!.focus(),
      });
      this.#editors[i] = handle;
      panel.querySelector<HTMLElement>('.pg-code')!.hidden = true;
      const hint = Object.assign(document.createElement('p'), { className: 'pg-editor-hint', textContent: this.#s.editorHint });
      panel.append(hint);
      this.root.dataset.editing = '';
      handle.focus();
    } catch (err) {
      holder.remove();
      this.#notice(fill(this.#s.editorFailed, { message: String((err as Error)?.message ?? err) }), 'error');
    }
  }

  reset(): void {
    const i = this.#current;
    this.#code[i] = this.#variants[i].source;
    this.#editors[i]?.setValue(this.#code[i]);
    this.#showDiagnostics([], []);
    this.#syncButtons();
  }

  // ---- compile, output, state --------------------------------------------------------

  async #compile(source: string, filename: string): Promise<{ js: string; map?: string } | undefined> {
    let result: CompileResult;
    try {
      const { compile } = await import('../editor/load');
      result = await compile(source, filename);
    } catch (err) {
      this.#notice(fill(this.#s.compileFailed, { message: String((err as Error)?.message ?? err) }), 'error');
      return undefined;
    }
    this.#showDiagnostics(result.syntax, result.types);
    if (result.syntax.length) {
      this.#notice(this.#s.syntaxErrors, 'error');
      for (const d of result.syntax) this.#notice(this.#diagnosticText(d), 'error');
      return undefined;
    }
    return { js: result.js, map: result.map };
  }

  #diagnosticText(d: Diagnostic): string {
    return `${fill(this.#s.at, { line: d.line, column: d.column })} · TS${d.code}: ${d.message}`;
  }

  #showDiagnostics(syntax: Diagnostic[], types: Diagnostic[]): void {
    const box = this.root.querySelector<HTMLElement>('.pg-diagnostics')!;
    box.textContent = '';
    const list = syntax.length ? syntax : types;
    box.hidden = list.length === 0;
    if (!list.length) return;
    const heading = Object.assign(document.createElement('p'), { textContent: syntax.length ? this.#s.syntaxErrors : this.#s.typeErrors });
    const ul = document.createElement('ul');
    for (const d of list) {
      const li = document.createElement('li');
      li.dataset.line = String(d.line);
      li.textContent = this.#diagnosticText(d);
      ul.append(li);
    }
    box.dataset.kind = syntax.length ? 'syntax' : 'type';
    box.append(heading, ul);
  }

  #startWatchdog(token: number, started: number, limit: number, variant: ExampleData, edited: boolean, resolve: (o: RunOutcome) => void): void {
    clearInterval(this.#watchdog);
    this.#watchdog = setInterval(() => {
      if (token !== this.#runToken) return clearInterval(this.#watchdog);
      const spent = performance.now() - started;
      if (spent < limit) {
        this.#status(fill(this.#s.runningFor, { time: formatElapsed(spent), limit: formatElapsed(limit) }));
        return;
      }
      this.#run?.stop();
      this.#run = undefined;
      this.#notice(fill(this.#s.watchdog, { limit: formatElapsed(limit) }), 'error');
      resolve(this.#finish(token, 'error', spent, variant, edited, true));
    }, 250);
  }

  #finish(token: number, status: RunState, elapsed: number, variant: ExampleData, edited: boolean, timedOut = false): RunOutcome {
    if (token !== this.#runToken) return { status: 'stopped', elapsed };
    clearInterval(this.#watchdog);
    this.#run = undefined;
    this.#setState(status);
    const footer = this.root.querySelector<HTMLElement>('.pg-footer')!;
    footer.querySelector('.pg-elapsed')?.remove();
    if (!timedOut && elapsed > 0) {
      const p = Object.assign(document.createElement('p'), { className: 'pg-elapsed', textContent: fill(this.#s.elapsed, { time: formatElapsed(elapsed) }) });
      p.dataset.elapsed = String(Math.round(elapsed));
      footer.prepend(p);
    }
    this.#status(this.#s[`state.${status}`]);
    this.#remember({ label: variant.label, edited, status, elapsed });
    return { status, elapsed };
  }

  #remember(item: HistoryItem): void {
    this.#history = [item, ...this.#history].slice(0, HISTORY_SIZE);
    const footer = this.root.querySelector<HTMLElement>('.pg-footer')!;
    footer.querySelector('.pg-history')?.remove();
    if (this.#history.length < 2) return;
    const box = document.createElement('details');
    box.className = 'pg-history';
    box.open = true;
    const summary = Object.assign(document.createElement('summary'), { textContent: this.#s.history });
    const list = document.createElement('ol');
    for (const h of this.#history) {
      const li = document.createElement('li');
      const parts = [h.label, h.edited ? this.#s.edited : this.#s.original].filter(Boolean).join(' · ');
      li.textContent = `${parts} — ${h.status === 'done' ? formatElapsed(h.elapsed) : this.#s[`state.${h.status}`]}`;
      li.dataset.edited = String(h.edited);
      list.append(li);
    }
    box.append(summary, list);
    footer.append(box);
  }

  #setState(state: RunState): void {
    this.root.dataset.state = state;
    if (state === 'running') this.#status(this.#s['state.running']);
    this.#syncButtons();
  }

  #status(text: string): void {
    this.root.querySelector('.pg-status')!.textContent = text;
  }

  #syncButtons(): void {
    const running = this.root.dataset.state === 'running';
    const button = (action: string) => this.root.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
    button('stop')!.disabled = !running;
    const edited = this.#code[this.#current] !== this.#variants[this.#current].source;
    button('reset')!.disabled = !edited;
    const open = this.root.querySelector<HTMLAnchorElement>('[data-action="open"]');
    if (open) open.href = open.href.split('#')[0] + encodeShareHash(this.#code[this.#current]);
  }

  #clearOutput(): void {
    this.root.querySelector('.pg-output')!.textContent = '';
    this.root.querySelector('.pg-charts')!.textContent = '';
  }

  #notice(text: string, level: 'info' | 'warn' | 'error' = 'info'): void {
    this.root.querySelector('.pg-output')!.append(noticeRow(text, level));
  }

  #chart(title: string, measures: Measure[]): void {
    this.root.querySelector('.pg-charts')!.append(comparisonChart(title, measures, this.#s));
  }

  /** The sandbox sends lines in batches (at most one per 16 ms), so each batch is one DOM append. */
  #appendLines(entries: Entry[]): void {
    const out = this.root.querySelector<HTMLElement>('.pg-output')!;
    const stick = out.scrollHeight - out.scrollTop - out.clientHeight < 24;
    const fragment = document.createDocumentFragment();
    for (const e of entries) fragment.append(entryRow(e, this.#s));
    out.append(fragment);
    if (stick) out.scrollTop = out.scrollHeight;
  }

  // ---- clipboard, share, scratchpad ---------------------------------------------------

  async #copy(text: string, done: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.#status(done);
    } catch {
      this.#status(this.#s.copyFailed);
    }
  }

  async #share(): Promise<void> {
    const hash = encodeShareHash(this.#code[this.#current]);
    const open = this.root.querySelector<HTMLAnchorElement>('[data-action="open"]');
    const url = open ? new URL(open.href.split('#')[0] + hash, location.href) : new URL(hash, location.href);
    if (!open) history.replaceState(null, '', hash);
    await this.#copy(url.href, this.#s.linkCopied);
  }

  #initScratch(): void {
    this.#loadFromHash();
    void this.edit();
    // Another link opened in the same tab brings its code in (and, again, does not run it).
    addEventListener('hashchange', () => this.#loadFromHash());
  }

  #loadFromHash(): void {
    const fromLink = decodeShareHash(location.hash);
    const note = document.querySelector<HTMLElement>('[data-scratch-note]');
    if (fromLink === undefined || fromLink === this.#code[0]) return;
    if (note) {
      note.textContent = fromLink === null ? this.#s.badLink : this.#s.fromLink;
      note.hidden = false;
    }
    if (fromLink === null) return;
    this.stop(true);
    this.#code[0] = fromLink;
    this.#editors[0]?.setValue(fromLink);
    const pre = this.root.querySelector<HTMLElement>('.pg-code pre');
    if (pre) pre.textContent = fromLink;
    this.#clearOutput();
    this.#setState('idle');
    this.#status(this.#s['state.idle']);
  }

  #hashTimer?: ReturnType<typeof setTimeout>;

  #codeChanged(i: number, value: string): void {
    this.#code[i] = value;
    this.#syncButtons();
    if (!this.root.hasAttribute('data-scratch')) return;
    // The scratchpad keeps the address in step with the code: the URL is always a share link.
    clearTimeout(this.#hashTimer);
    this.#hashTimer = setTimeout(() => history.replaceState(null, '', encodeShareHash(value)), 300);
  }
}
