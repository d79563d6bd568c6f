# `yield` 是一个表达式：它的值是【下一次】send(v) 传进来的东西。
def func():
    r = yield 1
    print("  内部: r =", r)
    yield r


# 普通的 next()：暂停的 yield 求值为 None（TypeScript 里是 undefined）。
g = func()
print(next(g))
print(next(g))

# send(419) 就是 TypeScript 的 next(419)：419 成为暂停的 yield 的值。
g2 = func()
print(next(g2))  # 运行到第一个 yield
print(g2.send(419))

# 刚启动的生成器拒绝接收值：还没有暂停的 yield 来接收它。
# （TypeScript 会悄悄丢掉这个值。）send(None) 就是 next()，用来“启动”生成器。
g3 = func()
try:
    g3.send(7)
except TypeError as err:
    print("TypeError:", err)
print(g3.send(None))
print(g3.send(8))
