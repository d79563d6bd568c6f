/**
 * One playground's DOM: binds the markup Playground.astro rendered to a PlaygroundStore.
 * Actions go to the store; what the store reports is drawn here (output, charts, footer,
 * buttons) and by the timeline view. The editor swap lives here too: it is all DOM.
 */
import type { CodeLanguage, Entry } from '../protocol';
import type { ExampleData, Strings } from './types';
import type { Diagnostic, EditorHandle } from '../editor/types';
import { PlaygroundStore, diagnosticText, historyText, type HistoryItem, type StoreEvent } from './store';
import { TimelineView } from './timeline-view';
import { startRun } from './sandbox-host';
import { entryRow, noticeRow, comparisonChart } from '../output/render';
import { formatElapsed } from '../output/format';
import { encodeShareHash, decodeShareHash, shareHashLanguage, PYTHON_HASH } from '../share';
import { fill } from '../../i18n/fill';
import { readStrings } from './strings';
import { compileEdited } from './compile-edited';
import { keepDrafts, readDraft } from './drafts';
import { showLanguage } from './language';
import { hintElement } from './key-hint';

let captions = 0;

/** Editors, highlighted code and code boxes are per variant and language. */
const slot = (language: CodeLanguage, i: number) => `${language}:${i}`;

export class PlaygroundController {
  readonly root: HTMLElement;
  readonly store: PlaygroundStore;
  readonly #s: Strings;
  readonly #editors = new Map<string, EditorHandle>();
  /** Each variant's code as the page highlighted it, shown again once the code is the original again. */
  readonly #highlighted = new Map<string, string>();
  /** Run both's column the next lines go to (its output has one per language). */
  #column?: HTMLElement;
  /** The newest console line, which a piece of Python's `print(..., end="")` continues. */
  #lastRow?: HTMLElement;
  /** Run both's elapsed times, one per language. */
  #elapsedBoth: string[] = [];
  /** Whether the code shown came from someone else's link (the workspace's address), not from the reader. */
  codeFromLink = false;

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
    for (const box of root.querySelectorAll<HTMLElement>('.pg-panel .pg-code')) {
      this.#highlighted.set(slot(box.dataset.codeLang as CodeLanguage, Number(box.closest<HTMLElement>('.pg-panel')!.dataset.variant)), box.innerHTML);
    }
    this.store.subscribe((e) => this.#on(e));
    new TimelineView(root, this.store);
    root.querySelector<HTMLElement>('.pg-output')!.addEventListener('keydown', (e) => this.#moveInOutput(e));
    this.#followOutput();
    // The workspace opens an example on the variant its page is for, in the language the reader reads.
    this.store.select(Number(root.dataset.current) || 0);
    if (root.dataset.language === 'py') this.setLanguage('py');
    if (root.hasAttribute('data-scratch')) this.#initScratch();
    else if (keepDrafts(this.store, root.dataset.lang!)) this.#note(this.#s.draftRestored);
  }

  get #lang(): string {
    return this.root.dataset.lang!;
  }

  /** A line above the output about the code shown (a draft brought back); hidden once the code is the original. */
  #note(text: string): void {
    const note = this.root.querySelector<HTMLElement>('[data-draft-note]');
    if (note) Object.assign(note, { textContent: text, hidden: false });
  }

  // ---- actions ----------------------------------------------------------------------

  action(name: string): void {
    switch (name) {
      case 'run': void this.store.run(); break;
      case 'run-all': void this.store.runAll(); break;
      case 'run-both': void this.store.runBoth(); break;
      case 'stop': this.store.stop(); break;
      case 'edit': void this.edit(); break;
      case 'reset': this.store.reset(); break;
      case 'copy': void this.#copy(this.store.codeOf() ?? '', this.#s.copied); break;
      case 'share': void this.#share(); break;
    }
  }

  /** The editors' font size (the workspace's setting), for open editors and those to come. */
  setFontSize(px: number): void {
    this.root.dataset.fontSize = String(px);
    for (const editor of this.#editors.values()) editor.setFontSize(px);
  }

  setLanguage(language: CodeLanguage): void {
    this.store.setLanguage(language);
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
    const variant = this.store.variants[i];
    const language = variant.py ? this.store.language : 'ts';
    const key = slot(language, i);
    if (this.#editors.has(key)) return this.#editors.get(key)!.focus();
    const panel = this.root.querySelectorAll<HTMLElement>('.pg-panel')[i];
    const holder = document.createElement('div');
    holder.className = 'pg-editor';
    holder.dataset.codeLang = language;
    holder.textContent = this.#s.editorLoading;
    panel.querySelector(`.pg-code[data-code-lang="${language}"]`)!.after(holder);
    try {
      const { createEditor } = await import('../editor/load');
      const handle = await createEditor(holder, {
        value: this.store.codeOf(i, language) ?? '',
        // The workspace's editor fills its pane, at the reader's font size.
        fill: this.root.hasAttribute('data-scratch'),
        fontSize: Number(this.root.dataset.fontSize) || undefined,
        filename: language === 'py' ? variant.py!.filename : variant.filename,
        label: fill(this.#s.editorLabel, { language: this.#s[`lang.${language}`] }),
        onChange: (value) => this.#codeChanged(i, value, language),
        // TypeScript numbers syntax errors below 2000: those stop a run, the rest don't.
        onDiagnostics: (list) => {
          if (i === this.store.current && this.store.language === 'ts') this.#showDiagnostics(list.filter((d) => d.code < 2000), list.filter((d) => d.code >= 2000));
        },
        onRun: () => void this.store.run(),
        onEscape: () => this.root.querySelector<HTMLElement>('[data-action="run"]')!.focus(),
      });
      this.#editors.set(key, handle);
      panel.querySelector<HTMLElement>(`.pg-code[data-code-lang="${language}"]`)!.hidden = true;
      if (!panel.querySelector('.pg-editor-hint')) {
        panel.append(hintElement('pg-editor-hint', this.#s.editorHint));
      }
      this.root.dataset.editing = '';
      // The workspace opens its editor by itself: don't take the focus from where the reader went
      // meanwhile, nor scroll away from the section a link led to (`#node-differences`).
      const focus = document.activeElement;
      if ((!focus || focus === document.body || this.root.contains(focus)) && !document.querySelector(':target')) handle.focus();
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
        this.#showElapsed(0);
        this.#column = undefined;
        this.#lastRow = undefined;
        this.#elapsedBoth = [];
        this.#pinned = true;
        break;
      case 'view':
        this.#showWhose(e.variant, e.label, e.language, e.empty);
        break;
      case 'run-start':
        if (this.root.querySelector('.pg-output[data-both]')) this.#startColumn(e.run.language, e.heading ?? '');
        else if (e.heading) this.#appendNotice(e.heading);
        break;
      case 'output':
        this.#appendLines(e.entries, this.store.runs.indexOf(e.run), e.first);
        break;
      case 'notice':
        this.#appendNotice(e.notice.text, e.notice.level);
        break;
      case 'chart':
        this.root.querySelector('.pg-charts')!.append(comparisonChart(e.title, e.measures, this.#s));
        break;
      case 'run-end':
        this.#showElapsed(e.timedOut || e.run.status === 'stopped' ? 0 : e.run.elapsed, this.store.runs.length > 1 || this.#column ? e.run.label : '');
        break;
      case 'language':
        showLanguage(this.root, e.language);
        // TypeScript's diagnostics say nothing about the Python code.
        if (e.language === 'py') this.#showDiagnostics([], []);
        this.#syncButtons();
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
        this.#showCode(e.variant, e.language, e.value);
        this.#syncButtons();
        break;
      case 'batch-end':
        this.#syncButtons();
        break;
    }
  }

  /** The code shown, in the editor or, before the reader opens one, in place of the highlighted original. */
  #showCode(i: number, language: CodeLanguage, value: string): void {
    const editor = this.#editors.get(slot(language, i));
    if (editor) {
      if (editor.getValue() !== value) editor.setValue(value);
    } else {
      const box = this.root.querySelectorAll<HTMLElement>('.pg-panel')[i].querySelector<HTMLElement>(`.pg-code[data-code-lang="${language}"]`)!;
      if (value === this.store.original(i, language)) box.innerHTML = this.#highlighted.get(slot(language, i))!;
      else box.querySelector('pre')!.textContent = value;
    }
    // Back to the original: a note about other code (a draft, a link's) no longer applies.
    if (!this.store.variants.some((_, j) => this.store.isEdited(j, 'ts') || this.store.isEdited(j, 'py'))) {
      for (const note of document.querySelectorAll<HTMLElement>('[data-draft-note], [data-scratch-note]')) {
        if (this.root.contains(note) || this.root.hasAttribute('data-scratch')) note.hidden = true;
      }
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

  /**
   * Says whose output the log holds: on a playground with tabs, the variant's (its tab may
   * not be the one shown while it runs) or Run all's; an empty one invites a run.
   */
  #showWhose(variant: number | 'all' | 'both', label: string, language: CodeLanguage, empty = false): void {
    const out = this.root.querySelector<HTMLElement>('.pg-output')!;
    out.dataset.outputVariant = String(variant === 'both' ? this.store.current : variant);
    out.toggleAttribute('data-both', variant === 'both');
    // Run both's log holds both languages: each of its columns says which.
    if (variant === 'both' || !this.store.hasTwins) delete out.dataset.language;
    else out.dataset.language = language;
    let caption = this.root.querySelector<HTMLElement>('[data-output-label]');
    if (!caption && variant === 'both') caption = this.#outputCaption(out);
    if (caption) {
      caption.hidden = false;
      caption.textContent = variant === 'all' ? this.#s.outputOfAll : variant === 'both' ? this.#s.outputOfBoth : fill(this.#s.outputOf, { label });
      // A playground without tabs names its output only after Run both.
      if (!label && typeof variant === 'number') caption.hidden = true;
    }
    if (empty) out.append(hintElement('pg-hint', language === 'py' ? this.#s.pythonHint : this.#s.outputHint));
  }

  /** The caption a playground without tabs gets once its output needs naming (Run both's). */
  #outputCaption(out: HTMLElement): HTMLElement {
    const caption = Object.assign(document.createElement('p'), { className: 'pg-output-label', id: `pg-output-label-${++captions}` });
    caption.dataset.outputLabel = '';
    out.before(caption);
    out.setAttribute('aria-describedby', caption.id);
    return caption;
  }

  /** A column of Run both's output, headed by its language. */
  #startColumn(language: CodeLanguage, heading: string): void {
    const column = Object.assign(document.createElement('section'), { className: 'pg-col' });
    column.dataset.language = language;
    column.setAttribute('aria-label', heading);
    column.append(Object.assign(document.createElement('p'), { className: 'pg-col-title', textContent: heading }));
    this.root.querySelector('.pg-output')!.append(column);
    this.#column = column;
  }

  /** The footer's elapsed time: a Run all's is its last variant's, so it names it; Run both's gives both. */
  #showElapsed(elapsed: number, label = ''): void {
    const footer = this.root.querySelector<HTMLElement>('.pg-footer')!;
    footer.querySelector('.pg-elapsed')?.remove();
    if (!(elapsed > 0)) return;
    const time = formatElapsed(elapsed);
    let text = label ? fill(this.#s.elapsedOf, { label, time }) : fill(this.#s.elapsed, { time });
    if (this.#column) text = (this.#elapsedBoth = [...this.#elapsedBoth, text]).join(' · ');
    const p = Object.assign(document.createElement('p'), { className: 'pg-elapsed', textContent: text });
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
    const both = button('run-both');
    if (both) both.hidden = !this.store.variants[this.store.current].py;
    const open = this.root.querySelector<HTMLAnchorElement>('[data-action="open"]');
    if (open) open.href = this.store.variants[this.store.current].open + this.codeHash();
  }

  /**
   * What a link adds to an example's address to carry the code shown: nothing for the
   * TypeScript original, `#py` for the Python twin, a share hash for edited code.
   */
  codeHash(): string {
    const language = this.#language();
    if (this.store.isEdited(this.store.current, language)) return encodeShareHash(this.store.codeOf(this.store.current, language)!, language);
    return language === 'py' ? PYTHON_HASH : '';
  }

  /** The language of the code shown: a variant without a twin shows TypeScript. */
  #language(): CodeLanguage {
    return this.store.variants[this.store.current].py ? this.store.language : 'ts';
  }

  #appendNotice(text: string, level: 'info' | 'warn' | 'error' = 'info'): void {
    this.#append(noticeRow(text, level));
  }

  /**
   * Adds to the log and, when it overflows, keeps the newest line in view, unless the reader
   * has scrolled up to read: the last line (often Stop's or the watchdog's word) is the one they need.
   */
  #append(node: Node): void {
    (this.#column ?? this.root.querySelector<HTMLElement>('.pg-output')!).append(node);
    if (this.#pinned) this.#pin();
  }

  /** Whether the log follows its newest line: until the reader scrolls up, and again once they scroll back down. */
  #pinned = true;

  /** Where #pin last put the scroller: its scroll event, which comes a frame later, is not the reader's. */
  #pinnedAt?: number;

  #pin(): void {
    const scroller = scrollerOf(this.root.querySelector<HTMLElement>('.pg-output')!, this.root);
    if (!scroller) return;
    scroller.scrollTop = scroller.scrollHeight - scroller.clientHeight;
    this.#pinnedAt = scroller.scrollTop;
  }

  #followOutput(): void {
    const out = this.root.querySelector<HTMLElement>('.pg-output')!;
    // Scroll events do not bubble: listen in the capture phase, for the log and for the pane around it.
    this.root.addEventListener('scroll', () => {
      const scroller = scrollerOf(out, this.root);
      if (scroller?.scrollTop === this.#pinnedAt) return;
      this.#pinned = !scroller || scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 24;
    }, true);
    // The footer, the chart or the timeline may take room from the log after a line came in.
    new ResizeObserver(() => this.#pinned && this.#pin()).observe(out);
  }

  /** The sandbox sends lines in batches (at most one per 16 ms), so each batch is one DOM append. */
  #appendLines(entries: Entry[], run: number, first: number): void {
    const fragment = document.createDocumentFragment();
    let line = first - 1;
    for (const e of entries) {
      // A piece that continues a line (Python's `print(..., end="")`) is added to its row.
      const last = this.#lastRow;
      if (e.joins && last?.dataset.run === String(run)) {
        last.querySelector('.pg-text')!.textContent += e.text;
        continue;
      }
      const row = entryRow(e, this.#s);
      Object.assign(row.dataset, { line: String(++line), run: String(run) });
      // Reachable with the arrow keys from the output (see #moveInOutput), not with Tab.
      row.tabIndex = -1;
      fragment.append(row);
      this.#lastRow = row;
    }
    this.#append(fragment);
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
    const language = this.#language();
    const hash = encodeShareHash(this.store.codeOf(this.store.current, language)!, language);
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
    // A link says its language (`#py`, `#py/…`): it shows that, whatever the reader last chose.
    const language = this.store.variants[i].py ? shareHashLanguage(location.hash) : 'ts';
    this.store.setLanguage(language);
    if (fromLink === undefined || fromLink === this.store.codeOf(i)) return;
    // The workspace keeps the reader's own code in the address too: after a reload that is
    // their draft, not someone else's link.
    const own = fromLink !== null && fromLink === readDraft(this.#lang, this.store.variants[i].id, language);
    this.codeFromLink = fromLink !== null && !own;
    if (note) {
      note.textContent = fromLink === null ? this.#s.badLink : own ? this.#s['ws.restored'] : this.#s.fromLink;
      note.hidden = false;
    }
    if (fromLink === null) return;
    if (own) this.store.setCode(i, fromLink);
    else this.store.load(fromLink, i);
  }

  #hashTimer?: ReturnType<typeof setTimeout>;

  #codeChanged(i: number, value: string, language: CodeLanguage): void {
    this.store.setCode(i, value, false, language);
    if (!this.root.hasAttribute('data-scratch') || i !== this.store.current) return;
    // The workspace keeps the address in step with the code: the URL is always a share link
    // (and, once the code is the original again, the example's own address).
    clearTimeout(this.#hashTimer);
    const hash = location.pathname + location.search + this.codeHash();
    this.#hashTimer = setTimeout(() => history.replaceState(null, '', hash), 300);
  }
}

/**
 * The box that scrolls the output, if it overflows: the log itself on a chapter page, the
 * output pane in the workspace. Never the page: a run must not move what the reader reads.
 */
function scrollerOf(out: HTMLElement, root: HTMLElement): HTMLElement | undefined {
  for (let el: HTMLElement | null = out; el && root.contains(el); el = el.parentElement) {
    if (el.scrollHeight > el.clientHeight && /auto|scroll/.test(getComputedStyle(el).overflowY)) return el;
  }
  return undefined;
}
