import Playground from '../playground/Playground.astro';
import Exercise from '../playground/exercise/Exercise.astro';
import Hint from '../playground/exercise/Hint.astro';
import Explanation from '../playground/exercise/Explanation.astro';
import Aside from './Aside.astro';

/** What chapter and page MDX can use without importing it. */
export const mdxComponents = { Playground, Exercise, Hint, Explanation, Aside };
