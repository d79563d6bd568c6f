/**
 * Fills `{name}` placeholders; unknown names stay as they are.
 * @example fill('Chapter {n}', { n: 3 }) // 'Chapter 3'
 */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
