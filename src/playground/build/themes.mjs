// One pair of Shiki themes for build-time highlighting and for Monaco, so edited and
// static code look the same. Both pass WCAG AA contrast for comments on their background.
/** @type {{ light: import('shiki').BundledTheme; dark: import('shiki').BundledTheme }} */
export const shikiThemes = { light: 'github-light-default', dark: 'github-dark-default' };
