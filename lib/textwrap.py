"""Wrapping and filling of plain text (ftpy's own implementation)."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_SPACES = '\t\n\x0b\x0c\r '
_TO_SPACE = {ord(c): ' ' for c in _SPACES}


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return _is_word_char(c) and not c.isdecimal()


def _is_punct_word(c):
    return _is_word_char(c) or c in '!"\'&.,?'


def _at(text, i):
    """text[i] or '' when i is out of range."""
    return text[i] if 0 <= i < len(text) else ''


def _letter_at(text, i):
    c = _at(text, i)
    return bool(c) and _is_letter(c)


def _dash_run_then_word(text, j):
    """True when text[j:] is two or more hyphens followed by a word character."""
    k = j
    while _at(text, k) == '-':
        k += 1
    return k - j >= 2 and _is_word_char(_at(text, k)) if k < len(text) else False


def _hyphen_breaks_after(text, j):
    """May a line break follow the hyphen at text[j]?"""
    before = (_letter_at(text, j - 2) and _letter_at(text, j - 1)) or (
        _letter_at(text, j - 3) and _at(text, j - 2) == '-' and _letter_at(text, j - 1))
    if not before or not _letter_at(text, j + 1):
        return False
    return _letter_at(text, j + 2) or (_at(text, j + 2) == '-' and _letter_at(text, j + 3))


def _word_end(text, i):
    """End of the chunk that starts with the non-space text[i]."""
    n = len(text)
    j = i + 1
    while True:
        c = _at(text, j)
        if c == '-' and _hyphen_breaks_after(text, j):
            return j + 1
        if j >= n or c in _SPACES:
            return j
        if _is_punct_word(text[j - 1]) and _dash_run_then_word(text, j):
            return j
        j += 1


def _chunks_with_hyphens(text):
    out = []
    i, n = 0, len(text)
    while i < n:
        if text[i] in _SPACES:
            j = i
            while j < n and text[j] in _SPACES:
                j += 1
        elif (text[i] == '-' and i > 0 and _is_punct_word(text[i - 1])
              and _dash_run_then_word(text, i)):
            j = i
            while text[j] == '-':
                j += 1
        else:
            j = _word_end(text, i)
        out.append(text[i:j])
        i = j
    return out


def _chunks_plain(text):
    out = []
    i, n = 0, len(text)
    while i < n:
        space = text[i] in _SPACES
        j = i + 1
        while j < n and (text[j] in _SPACES) == space:
            j += 1
        out.append(text[i:j])
        i = j
    return out


def _ends_sentence(chunk):
    if len(chunk) >= 2 and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Wraps text into lines of at most `width` characters.

    The other attributes (see the constructor) tune tab expansion,
    whitespace handling, sentence endings, long words, hyphens and the
    truncation of output to max_lines with a placeholder."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.tabsize = tabsize
        self.replace_whitespace = replace_whitespace
        self.drop_whitespace = drop_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.break_on_hyphens = break_on_hyphens
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- preparing chunks ------------------------------------------------

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(_TO_SPACE)
        return text

    def _split(self, text):
        if self.break_on_hyphens:
            return _chunks_with_hyphens(text)
        return _chunks_plain(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- building lines ----------------------------------------------------

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        room = width - cur_len if width >= 1 else 1
        if self.break_long_words:
            word = reversed_chunks[-1]
            cut = room
            if self.break_on_hyphens and len(word) > room:
                dash = word.rfind('-', 0, room)
                if dash > 0 and word[:dash].strip('-'):
                    cut = dash + 1
            cur_line.append(word[:cut])
            reversed_chunks[-1] = word[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _truncated(self, lines, line, size, indent, room):
        """Finish `lines` with the placeholder after a partial last line."""
        mark = self.placeholder
        while line:
            if line[-1].strip() and size + len(mark) <= room:
                lines.append(indent + ''.join(line) + mark)
                return
            size -= len(line.pop())
        if lines:
            prev = lines[-1].rstrip()
            if len(prev) + len(mark) <= self.width:
                lines[-1] = prev + mark
                return
        lines.append(indent + mark.lstrip())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        limit = self.max_lines
        if limit is not None:
            first = self.subsequent_indent if limit > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        drop = self.drop_whitespace
        pending = chunks[::-1]
        lines = []
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(indent)
            if drop and lines and not pending[-1].strip():
                pending.pop()
            line = []
            size = 0
            while pending and size + len(pending[-1]) <= room:
                size += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > room:
                self._handle_long_word(pending, line, size, room)
                size = sum(len(c) for c in line)
            if drop and line and not line[-1].strip():
                size -= len(line.pop())
            if not line:
                continue
            rest_is_blank = not pending or (drop and len(pending) == 1
                                            and not pending[0].strip())
            if limit is None or len(lines) + 1 < limit or (rest_is_blank and size <= room):
                lines.append(indent + ''.join(line))
            else:
                self._truncated(lines, line, size, indent, room)
                break
        return lines

    # -- public interface --------------------------------------------------

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap text into a list of lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap text and join the lines with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace in text and truncate it to fit in width."""
    squeezed = ' '.join(text.split())
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(squeezed)


def _lead(line):
    k = 0
    while k < len(line) and line[k] in ' \t':
        k += 1
    return line[:k]


def dedent(text):
    """Remove the whitespace prefix that every non-blank line shares."""
    lines = text.split('\n')
    for k, line in enumerate(lines):
        if line and not line.strip(' \t'):
            lines[k] = ''
    margin = None
    for line in lines:
        if not line:
            continue
        lead = _lead(line)
        if len(lead) == len(line):
            continue
        if margin is None:
            margin = lead
            continue
        n = 0
        while n < len(margin) and n < len(lead) and margin[n] == lead[n]:
            n += 1
        margin = margin[:n]
    if margin:
        cut = len(margin)
        lines = [ln[cut:] if ln.startswith(margin) else ln for ln in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Put prefix in front of the lines of text that predicate accepts
    (by default, those that are not blank)."""
    out = []
    for line in text.splitlines(True):
        if (line.strip() if predicate is None else predicate(line)):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
