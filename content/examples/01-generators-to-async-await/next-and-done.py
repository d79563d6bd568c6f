# A generator function: calling it runs nothing yet, it returns a generator object.
def f():
    print("  (body starts)")
    yield 1
    print("  (resumed after the first yield)")
    yield 2
    print("  (falling off the end)")


g = f()
print("called f(), got:", type(g).__name__)

print(next(g))  # runs up to the first yield
print(next(g))  # resumes, runs up to the second yield
try:
    next(g)  # finishes: Python raises StopIteration where TypeScript returns done: true
except StopIteration:
    print("StopIteration")
try:
    next(g)  # asking again raises it again
except StopIteration:
    print("StopIteration again")

# A for loop and list() call next() for you and stop at StopIteration.
for x in f():
    print("for loop got", x)
print("list:", list(f()))
