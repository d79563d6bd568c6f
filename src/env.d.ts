declare namespace App {
  interface Locals {
    /** Ids the playgrounds of the page being rendered have taken. */
    playgroundIds?: Set<string>;
    /** Set once a page has its exercises' strings (see exercise/Exercise.astro). */
    exerciseStrings?: boolean;
  }
}
