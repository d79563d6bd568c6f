import type { EditorHandle, EditorOptions } from './types';

/** The touch-device editor: a text area that keeps the editor contract. */
export function createTextareaEditor(container: HTMLElement, opts: EditorOptions): EditorHandle {
  const area = document.createElement('textarea');
  area.className = 'pg-textarea';
  area.value = opts.value;
  area.spellcheck = false;
  area.autocapitalize = 'off';
  area.setAttribute('autocorrect', 'off');
  area.setAttribute('aria-label', opts.label);
  area.rows = Math.min(30, opts.value.split('\n').length + 1);
  if (opts.fontSize) area.style.fontSize = `${opts.fontSize}px`;
  area.addEventListener('input', () => opts.onChange(area.value));
  area.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') opts.onEscape();
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); opts.onRun(); }
  });
  container.replaceChildren(area);
  // The caret starts on line 1, as in Monaco: a text area's own default is after the last
  // character, so focusing it would scroll the code to its end.
  area.setSelectionRange(0, 0);
  return {
    getValue: () => area.value,
    setValue: (v) => { area.value = v; },
    focus: () => area.focus(),
    setFontSize: (px) => { area.style.fontSize = `${px}px`; },
    dispose: () => area.remove(),
  };
}
