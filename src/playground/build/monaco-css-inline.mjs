// Monaco's modules import their CSS as side effects. Left alone, Astro hoists that CSS
// into render-blocking <link>s on every page that *might* load the editor (~170 KB).
// Rewriting each import to `?inline` and injecting a <style> when the module runs keeps
// the CSS out of the page until a reader actually asks to edit.
const CSS_IMPORT = /import\s+(['"])([^'"]+\.css)\1;?/g;

/** @returns {import('vite').Plugin} */
export function monacoCssInline() {
  return {
    name: 'monaco-css-inline',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/monaco-editor/') || !id.endsWith('.js') || !code.includes('.css')) return null;
      let n = 0;
      const imports = [];
      const body = code.replace(CSS_IMPORT, (_m, _q, path) => {
        const name = `__monacoCss${n++}`;
        imports.push(`import ${name} from ${JSON.stringify(path + '?inline')};`);
        return `__injectMonacoCss(${name});`;
      });
      if (n === 0) return null;
      const inject =
        'function __injectMonacoCss(css) { const s = document.createElement("style"); s.dataset.monaco = ""; s.textContent = css; document.head.append(s); }';
      return { code: `${imports.join('\n')}\n${inject}\n${body}`, map: null };
    },
  };
}
