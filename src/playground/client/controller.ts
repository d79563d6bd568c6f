/**
 * One playground's DOM: binds the markup Playground.astro rendered to a PlaygroundStore.
 * Actions go to the store; what the store reports is drawn here (output, charts, footer,
 * buttons) and by the timeline view. The editor swap lives here too: it is all DOM.
 */
import type { Entry } from '../protocol';
import type { ExampleData, Strings } from './types';
import type { Diagnostic, EditorHandle } from '../editor/types';
import { PlaygroundStore, diagnosticText, historyText, type HistoryItem, type StoreEvent } from './store';
import { TimelineView } from './timeline-view';
import { startRun } from './sandbox-host';
import { entryRow, noticeRow, comparisonChart } from '../output/render';
import { formatElapsed } from '../output/format';
import { encodeShareHash, decodeShareHash } from '../share';
import { fill } from '../../i18n/fill';
import { readStrings } from './strings';
import { compileEdited } from './compile-edited';

export class PlaygroundController {
  readonly root: HTMLElement;
  readonly store: PlaygroundStore;
  readonly #s: Strings;
  readonly #editors: (EditorHandle | undefined)[] = [];

  constructor(root: HTMLElement) {
    this.root = root;
    this.#s = readStrings();
    const variants: ExampleData[] = JSON.parse(root.querySelector('.pg-data')!.textContent!);
    this.store = new PlaygroundStore(variants, {
      strings: this.#s,
      startRun,
      compile: compileEdited,
      // Read at each run, so a page (or a test) can change the limit between runs.
      get watchdogMs() { return Number(root.dataset.watchdogMs) || 20_000; },
    });
    this.store.subscribe((e) => this.#on(e));
    new TimelineView(root, this.store);
    root.querySelector<HTMLElement>('.pg-output')!.addEventListener('keydown', (e) => this.#moveInOutput(e));
    // The workspace opens an example on the variant its page is for.
    this.store.select(Number(root.dataset.current) || 0);
    if (root.hasAttribute('data-scratch')) this.#initScratch();
  }

  // ---- actions ----------------------------------------------------------------------

  action(name: string): void {
    switch (name) {
      case 'run': void this.store.run(); break;
      case 'run-all': void this.store.runAll(); break;
      case 'stop': this.store.stop(); break;
      case 'edit': void this.edit(); break;
      case 'reset': this.store.reset(); break;
      case 'copy': void this.#copy(this.store.code[this.store.current], this.#s.copied); break;
      case 'share': void this.#share(); break;
    }
  }

  /** The editors' font size (the workspace's setting), for open editors and those to come. */
  setFontSize(px: number): void {
    this.root.dataset.fontSize = String(px);
    for (const editor of this.#editors) editor?.setFontSize(px);
  }

  selectVariant(i: number, focus = false): void {
    this.store.select(i);
    if (focus) this.root.querySelectorAll<HTMLElement>('[role="tab"]')[this.store.current]?.focus();
  }

  moveTab(key: string): void {
    const n = this.store.variants.length;
    const cur = this.store.current;
    const next = key === 'Home' ? 0 : key === 'End' ? n - 1 : (cur + (key === 'ArrowRight' ? 1 : n - 1)) % n;
    this.selectVariant(next, true);
  }

  async edit(): Promise<void> {
    const i = this.store.current;
    if (this.#editors[i]) return this.#editors[i]!.focus();
    const panel = this.root.querySelectorAll<HTMLElement>('.pg-panel')[i];
    const holder = document.createElement('div');
    holder.className = 'pg-editor';
    holder.textContent = this.#s.editorLoading;
    panel.append(holder);
    try {
      const { createEditor } = await import('../editor/load');
      const handle = await createEditor(holder, {
        value: this.store.code[i],
        // The workspace's editor fills its pane, at the reader's font size.
        fill: this.root.hasAttribute('data-scratch'),
        fontSize: Number(this.root.dataset.fontSize) || undefined,
        filename: this.store.variants[i].filename,
        label: this.#s.editorLabel,
        onChange: (value) => this.#codeChanged(i, value),
        // TypeScript numbers syntax errors below 2000: those stop a run, the rest don't.
        onDiagnostics: (list) => {
          if (i === this.store.current) this.#showDiagnostics(list.filter((d) => d.code < 2000), list.filter((d) => d.code >= 2000));
        },
        onRun: () => void this.store.run(),
        onEscape: () => this.root.querySelector<HTMLElement>('[data-action="run"]')!.focus(),
      });
      this.#editors[i] = handle;
      panel.querySelector<HTMLElement>('.pg-code')!.hidden = true;
      const hint = Object.assign(document.createElement('p'), { className: 'pg-editor-hint', textContent: this.#s.editorHint });
      panel.append(hint);
      this.root.dataset.editing = '';
      // The workspace opens its editor by itself: don't take the focus from where the reader went meanwhile.
      const focus = document.activeElement;
      if (!focus || focus === document.body || this.root.contains(focus)) handle.focus();
    } catch (err) {
      holder.remove();
      this.store.notice(fill(this.#s.editorFailed, { message: String((err as Error)?.message ?? err) }), 'error');
    }
  }

  // ---- what the store reports ---------------------------------------------------------

  #on(e: StoreEvent): void {
    switch (e.type) {
      case 'state':
        this.root.dataset.state = e.state;
        this.#syncButtons();
        break;
      case 'status':
        this.root.querySelector('.pg-status')!.textContent = e.text;
        break;
      case 'clear':
        this.root.querySelector('.pg-output')!.textContent = '';
        this.root.querySelector('.pg-charts')!.textContent = '';
        break;
      case 'run-start':
        if (e.heading) this.#appendNotice(e.heading);
        break;
      case 'output':
        this.#appendLines(e.entries, this.store.runs.indexOf(e.run), e.run.entries.length - e.entries.length);
        break;
      case 'notice':
        this.#appendNotice(e.notice.text, e.notice.level);
        break;
      case 'chart':
        this.root.querySelector('.pg-charts')!.append(comparisonChart(e.title, e.measures, this.#s));
        break;
      case 'run-end':
        this.#showElapsed(e.timedOut || e.run.status === 'stopped' ? 0 : e.run.elapsed);
        break;
      case 'history':
        this.#showHistory(e.items);
        break;
      case 'diagnostics':
        this.#showDiagnostics(e.syntax, e.types);
        break;
      case 'variant':
        this.#showVariant(e.current);
        break;
      case 'code':
        {
          const editor = this.#editors[e.variant];
          if (editor && editor.getValue() !== e.value) editor.setValue(e.value);
        }
        this.#syncButtons();
        break;
      case 'batch-end':
        this.#syncButtons();
        break;
    }
  }

  #showVariant(i: number): void {
    this.root.querySelectorAll<HTMLElement>('[role="tab"]').forEach((tab, j) => {
      tab.setAttribute('aria-selected', String(j === i));
      tab.tabIndex = j === i ? 0 : -1;
    });
    this.root.querySelectorAll<HTMLElement>('.pg-panel').forEach((p, j) => (p.hidden = j !== i));
    this.#syncButtons();
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
      li.textContent = diagnosticText(d, this.#s);
      ul.append(li);
    }
    box.dataset.kind = syntax.length ? 'syntax' : 'type';
    box.append(heading, ul);
  }

  #showElapsed(elapsed: number): void {
    const footer = this.root.querySelector<HTMLElement>('.pg-footer')!;
    footer.querySelector('.pg-elapsed')?.remove();
    if (!(elapsed > 0)) return;
    const p = Object.assign(document.createElement('p'), { className: 'pg-elapsed', textContent: fill(this.#s.elapsed, { time: formatElapsed(elapsed) }) });
    p.dataset.elapsed = String(Math.round(elapsed));
    footer.prepend(p);
  }

  #showHistory(items: HistoryItem[]): void {
    const footer = this.root.querySelector<HTMLElement>('.pg-footer')!;
    footer.querySelector('.pg-history')?.remove();
    if (items.length < 2) return;
    const box = document.createElement('details');
    box.className = 'pg-history';
    box.open = true;
    const summary = Object.assign(document.createElement('summary'), { textContent: this.#s.history });
    const list = document.createElement('ol');
    for (const h of items) {
      const li = document.createElement('li');
      li.textContent = historyText(h, this.#s);
      li.dataset.edited = String(h.edited);
      list.append(li);
    }
    box.append(summary, list);
    footer.append(box);
  }

  #syncButtons(): void {
    const running = this.store.state === 'running';
    const button = (action: string) => this.root.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
    button('stop')!.disabled = !running;
    button('reset')!.disabled = !this.store.isEdited();
    const open = this.root.querySelector<HTMLAnchorElement>('[data-action="open"]');
    // Unedited code opens as the example itself; edited code travels in a share hash.
    if (open) open.href = this.store.variants[this.store.current].open + (this.store.isEdited() ? encodeShareHash(this.store.code[this.store.current]) : '');
  }

  #appendNotice(text: string, level: 'info' | 'warn' | 'error' = 'info'): void {
    this.root.querySelector('.pg-output')!.append(noticeRow(text, level));
  }

  /** The sandbox sends lines in batches (at most one per 16 ms), so each batch is one DOM append. */
  #appendLines(entries: Entry[], run: number, first: number): void {
    const out = this.root.querySelector<HTMLElement>('.pg-output')!;
    const stick = out.scrollHeight - out.scrollTop - out.clientHeight < 24;
    const fragment = document.createDocumentFragment();
    entries.forEach((e, k) => {
      const row = entryRow(e, this.#s);
      Object.assign(row.dataset, { line: String(first + k), run: String(run) });
      // Reachable with the arrow keys from the output (see #moveInOutput), not with Tab.
      row.tabIndex = -1;
      fragment.append(row);
    });
    out.append(fragment);
    if (stick) out.scrollTop = out.scrollHeight;
  }

  /** Arrow keys walk the console lines, so a keyboard can point at one (its timeline tick lights up). */
  #moveInOutput(e: KeyboardEvent): void {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return;
    const rows = [...this.root.querySelectorAll<HTMLElement>('.pg-output .pg-line[data-line]')];
    if (!rows.length) return;
    e.preventDefault();
    const at = rows.indexOf(document.activeElement as HTMLElement);
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? rows.length - 1 : at < 0 ? 0 : at + (e.key === 'ArrowDown' ? 1 : -1);
    rows[Math.max(0, Math.min(rows.length - 1, next))].focus();
  }

  // ---- clipboard, share, scratchpad ---------------------------------------------------

  async #copy(text: string, done: string): Promise<void> {
    const status = this.root.querySelector('.pg-status')!;
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = done;
    } catch {
      status.textContent = this.#s.copyFailed;
    }
  }

  async #share(): Promise<void> {
    const hash = encodeShareHash(this.store.code[this.store.current]);
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
    const i = this.store.current;
    if (fromLink === undefined || fromLink === this.store.code[i]) return;
    if (note) {
      note.textContent = fromLink === null ? this.#s.badLink : this.#s.fromLink;
      note.hidden = false;
    }
    if (fromLink === null) return;
    this.store.load(fromLink, i);
    const pre = this.root.querySelectorAll<HTMLElement>('.pg-panel')[i].querySelector<HTMLElement>('.pg-code pre');
    if (pre) pre.textContent = fromLink;
  }

  #hashTimer?: ReturnType<typeof setTimeout>;

  #codeChanged(i: number, value: string): void {
    this.store.setCode(i, value);
    if (!this.root.hasAttribute('data-scratch') || i !== this.store.current) return;
    // The workspace keeps the address in step with the code: the URL is always a share link
    // (and, once the code is the original again, the example's own address).
    clearTimeout(this.#hashTimer);
    const hash = this.store.isEdited(i) ? encodeShareHash(value) : location.pathname + location.search;
    this.#hashTimer = setTimeout(() => history.replaceState(null, '', hash), 300);
  }
}
