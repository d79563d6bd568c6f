# `yield from` 就是 TypeScript 的 yield*：它产出任意可迭代对象的每一个值。
def f():
    yield from [1, 2, 3, 4]  # 一个列表
    yield 5
    yield from range(4, 0, -1)  # 一个 range（TypeScript 没有它，所以那边的示例自己写了 countdown）


print(", ".join(str(x) for x in f()))


# 字符串和字典（它的键）也是可迭代对象。字符串组成的集合也是，
# 但它的顺序每次运行都可能不同：Python 会随机化字符串的哈希值。
def letters():
    yield from "ab"
    yield from {"c": 3, "d": 4}


print(list(letters()))


# `yield from` 是一个表达式，它的值是被委托者的【返回值】，
# 而列表迭代器返回 None（TypeScript 里 `yield* [1, 2]` 的值是 undefined）。
def g():
    r = yield from [1, 2]
    yield f"`yield from` 的值是 {r}"


print(list(g()))
