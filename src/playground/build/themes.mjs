// One pair of Shiki themes for build-time highlighting and for Monaco, so edited and
// static code look the same. Both pass WCAG AA contrast for comments on their background.
export const shikiThemes = { light: 'github-light-default', dark: 'github-dark-default' };
