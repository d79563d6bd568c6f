# `yield` is an expression: its value is whatever the NEXT send(v) passes in.
def func():
    r = yield 1
    print("  inside: r =", r)
    yield r


# Plain next(): the paused yield evaluates to None (TypeScript: undefined).
g = func()
print(next(g))
print(next(g))

# send(419) is TypeScript's next(419): 419 becomes the value of the paused yield.
g2 = func()
print(next(g2))  # run to the first yield
print(g2.send(419))

# A just-started generator refuses a value: no yield is paused yet to receive it.
# (TypeScript drops it silently.) send(None) is next(), and primes the generator.
g3 = func()
try:
    g3.send(7)
except TypeError as err:
    print("TypeError:", err)
print(g3.send(None))
print(g3.send(8))
