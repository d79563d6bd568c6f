# 生成器里的 `return 2` 以 StopIteration(2) 结束它：返回值搭在异常上。
def f():
    yield 1
    return 2


g = f()
print(next(g))
try:
    next(g)
except StopIteration as stop:
    print("StopIteration，值:", stop.value)  # TypeScript 里是 { value: 2, done: true }
try:
    next(g)
except StopIteration as stop:
    print("又是 StopIteration，值:", stop.value)  # 之后只剩不带值的 StopIteration

# for 循环和 list() 会把返回值丢掉。
print("list:", list(f()))


# `yield from` 把被委托者的返回值交还给发起委托的生成器。
def f2():
    a = yield from f()  # 先产出 1，然后 a = 2
    yield a


print("f2 的 list:", list(f2()))


# 从 Python 3.7（PEP 479）起，自己抛出 StopIteration 不等于 return：它会变成 RuntimeError。
def f3():
    yield 1
    raise StopIteration(2)


try:
    list(f3())
except RuntimeError as err:
    print("RuntimeError:", err, "| 它的起因:", repr(err.__cause__))
