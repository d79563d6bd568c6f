declare namespace App {
  interface Locals {
    /** Ids the playgrounds of the page being rendered have taken. */
    playgroundIds?: Set<string>;
  }
}
