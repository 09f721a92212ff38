# statistics: averages, spread, quantiles, modes, relations, NormalDist, errors
import statistics as st
from fractions import Fraction as F
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.mean([1, 2, 3, 4, 4]), st.mean(data), st.mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)]), st.mean([1, 2.5]), st.mean([True, 3]))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean(iter([1, 2])), st.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2.5]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']), st.mode('aabbb'))
print(st.multimode('aabbbbccddddeeffffgg'), st.multimode(''), st.multimode([1, 2]))
print(st.pvariance(data), st.variance(data), st.pstdev(data), st.stdev(data))
print(st.variance([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4]), st.variance([F(1, 4), F(5, 4), F(1, 2)]), st.pvariance([0, 0, 0]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1, 2, 3, 4]), st.variance(data, st.mean(data)))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5]), st.quantiles([1, 2, 3, 4, 5], method='inclusive'), st.quantiles([7], n=3))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x), st.correlation(x, [9, 8, 7, 6, 5, 4, 3, 2, 1]))
print(st.correlation([1, 2, 3, 4, 5], [1, 4, 9, 16, 30], method='ranked'))
print(st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11]), st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
errs = [lambda: st.mean([]), lambda: st.median([]), lambda: st.mode([]), lambda: st.variance([1]),
        lambda: st.stdev([]), lambda: st.pvariance([]), lambda: st.fmean([]), lambda: st.quantiles([], n=4),
        lambda: st.quantiles([1, 2], n=0), lambda: st.harmonic_mean([-1, 2]), lambda: st.geometric_mean([]),
        lambda: st.mean(['a']), lambda: st.quantiles([1, 2], method='x'), lambda: st.correlation([1, 1], [1, 2]),
        lambda: st.covariance([1], [1]), lambda: st.linear_regression([1, 1], [1, 2]), lambda: st.mean([F(1), 1.5, 'x'])]
for e in errs:
    try:
        print(e())
    except (st.StatisticsError, TypeError, ValueError) as ex:
        print(type(ex).__name__, ex)
print(issubclass(st.StatisticsError, ValueError))
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, nd.median, nd.mode)
print(round(nd.cdf(130), 12), round(nd.pdf(100), 12), nd.inv_cdf(0.5), nd.inv_cdf(0.975), nd.zscore(130))
print([round(q, 9) for q in nd.quantiles()], nd.quantiles(n=5))
print(nd + 5, nd * 2, nd - st.NormalDist(10, 20), -nd, nd / 3, 5 + nd, nd == st.NormalDist(100, 15))
print(round(st.NormalDist(2.4, 1.6).overlap(st.NormalDist(3.2, 2.0)), 12))
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
for p in [0.001, 0.02425, 0.3, 0.7, 0.99, 1e-20]:
    print(st.NormalDist().inv_cdf(p))
