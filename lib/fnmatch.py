"""Shell-style wildcard matching of file names.

*       any run of characters
?       any single character
[seq]   any character in seq
[!seq]  any character not in seq
"""

import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_compiled = {}
_CACHE_LIMIT = 32768


def _matcher(pat):
    hit = _compiled.get((type(pat), pat))
    if hit is not None:
        return hit
    if isinstance(pat, bytes):
        regex = translate(pat.decode('latin-1')).encode('latin-1')
    else:
        regex = translate(pat)
    hit = re.compile(regex).match
    if len(_compiled) >= _CACHE_LIMIT:
        _compiled.clear()
    _compiled[(type(pat), pat)] = hit
    return hit


def fnmatch(name, pat):
    """Match name against pat, after case normalisation."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


def fnmatchcase(name, pat):
    """Match name against pat, case-sensitively."""
    return _matcher(pat)(name) is not None


def filter(names, pat):
    """The elements of names that match pat."""
    pat = os.path.normcase(pat)
    test = _matcher(pat)
    if os.path is posixpath:
        return [n for n in names if test(n)]
    return [n for n in names if test(os.path.normcase(n))]


class _Star:
    """Token standing for one or more '*' in a pattern."""


_STAR = _Star()
_SET_OPERATORS = re.compile(r'([&~|])')


def _bracket(pat, start, stop):
    """Regex text for the class pat[start:stop] (brackets excluded)."""
    body = pat[start:stop]
    if '-' not in body:
        body = body.replace('\\', '\\\\')
    else:
        # cut at the hyphens that make ranges; others are literal
        pieces = []
        lo = start
        probe = start + 2 if pat[start] == '!' else start + 1
        while True:
            probe = pat.find('-', probe, stop)
            if probe < 0:
                break
            pieces.append(pat[lo:probe])
            lo = probe + 1
            probe += 3
        tail = pat[lo:stop]
        if tail:
            pieces.append(tail)
        else:
            pieces[-1] += '-'
        # a reversed range such as z-a matches nothing: drop it
        k = len(pieces) - 1
        while k > 0:
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
            k -= 1
        body = '-'.join(p.replace('\\', '\\\\').replace('-', '\\-') for p in pieces)
    body = _SET_OPERATORS.sub(r'\\\1', body)
    if not body:
        return '(?!)'
    if body == '!':
        return '.'
    if body[0] == '!':
        return '[^' + body[1:] + ']'
    if body[0] in '^[':
        return '[\\' + body + ']'
    return '[' + body + ']'


def _tokens(pat):
    out = []
    i, n = 0, len(pat)
    while i < n:
        ch = pat[i]
        i += 1
        if ch == '*':
            if not out or out[-1] is not _STAR:
                out.append(_STAR)
        elif ch == '?':
            out.append('.')
        elif ch == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            j = pat.find(']', j)
            if j < 0:
                out.append('\\[')
            else:
                out.append(_bracket(pat, i, j))
                i = j + 1
        else:
            out.append(re.escape(ch))
    return out


def translate(pat):
    """The regular expression (as text) equivalent to the shell pattern pat."""
    toks = _tokens(pat)
    # Split at the stars: literal runs between two stars become atomic
    # lazy groups so that matching stays linear.
    runs = [[]]
    for t in toks:
        if t is _STAR:
            runs.append([])
        else:
            runs[-1].append(t)
    text = ''.join(runs[0])
    if len(runs) > 1:
        middle, last = runs[1:-1], runs[-1]
        for run in middle:
            text += '(?>.*?' + ''.join(run) + ')'
        text += '.*' + ''.join(last)
    return '(?s:' + text + ')\\Z'
