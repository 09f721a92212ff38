# Every list method: append/extend/insert/remove/pop/clear/index/count/sort/reverse/copy
l = [3, 1, 4]
l.append(1); print(l)
l.extend([5, 9]); l.extend("ab"); l.extend(range(2)); print(l)
l.insert(0, "first"); l.insert(-1, "neg"); l.insert(100, "end"); l.insert(-100, "start"); print(l)
l.remove(1); print(l)
print(l.pop(), l.pop(0), l.pop(2), l)
print(l.index(1), l.index(5), l.count(1), l.count("zz"), l.index("b", 3), l.index(5, 0, 4))
c = l.copy(); c.clear(); print(c, len(l))
nums = [5, 2, 8, 1]
nums.reverse(); print(nums)
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
for bad in (lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1].pop(5), lambda: [1, "a"].sort()):
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__)
print([1, 2, 3].index(3, -1), nums.sort() is None)
