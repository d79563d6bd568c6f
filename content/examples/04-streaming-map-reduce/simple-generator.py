# A generator function: calling it runs nothing, next() runs it to the next yield, and StopIteration says it is done.
def simple_generator():
    print("  (body starts)")
    yield 1
    print("  (resumed after 1)")
    yield 2
    print("  (resumed after 2)")
    yield 3
    print("  (body ends)")


# 1. The everyday way: for asks for values until the generator is done.
for value in simple_generator():
    print(value)

# 2. The same thing by hand: the iterator protocol that for uses.
print("--- by hand ---")
gen = simple_generator()
print("created, nothing ran yet")
print(next(gen))  # runs up to the first yield
print(next(gen))
print(next(gen))
try:
    next(gen)  # runs to the end, then raises StopIteration (JavaScript: done is true)
except StopIteration:
    print("StopIteration")
print(next(gen, "still finished"))  # a finished generator stays finished; the default is returned
