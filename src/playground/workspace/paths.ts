/**
 * Where the workspace shows an example: `/playground/` is the scratchpad (its default
 * example), every other example has a page of its own under it, so a link, a reload or
 * the back button land on the same example, rendered at build time.
 */

/** The example `/playground/` opens with: the scratchpad. */
export const DEFAULT_EXAMPLE = 'home/welcome';

/**
 * The workspace page of example `id`, inside the language (no base, no language prefix).
 * @example workspacePath('05-async-toolkit/mutex') // 'playground/05-async-toolkit/mutex/'
 */
export const workspacePath = (id: string) => (id === DEFAULT_EXAMPLE ? 'playground/' : `playground/${id}/`);
