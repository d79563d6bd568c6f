import Playground from '../playground/Playground.astro';
import Aside from './Aside.astro';

/** What chapter and page MDX can use without importing it. */
export const mdxComponents = { Playground, Aside };
