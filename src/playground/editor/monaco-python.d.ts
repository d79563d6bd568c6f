// Monaco ships its Python language rules without types.
declare module 'monaco-editor/languages/definitions/python/python' {
  import type { languages } from 'monaco-editor/editor';
  export const conf: languages.LanguageConfiguration;
}
