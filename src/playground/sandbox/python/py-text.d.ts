/** A `.py` file bundled as its text (esbuild's text loader: see build/sandbox-html.ts). */
declare module '*.py' {
  const source: string;
  export default source;
}
