// A generator function: calling it runs nothing yet, it returns a paused generator.
function* simpleGenerator(): Generator<number, void, undefined> {
  console.log('  (body starts)');
  yield 1;
  console.log('  (resumed after 1)');
  yield 2;
  console.log('  (resumed after 2)');
  yield 3;
  console.log('  (body ends)');
}

// 1. The everyday way: for...of asks for values until the generator is done.
for (const value of simpleGenerator()) {
  console.log(value);
}

// 2. The same thing by hand: the iterator protocol that for...of uses.
console.log('--- by hand ---');
const gen = simpleGenerator();
console.log('created, nothing ran yet');
console.log(gen.next()); // runs up to the first yield
console.log(gen.next());
console.log(gen.next());
console.log(gen.next()); // runs to the end: done is true
console.log(gen.next()); // a finished generator stays finished
