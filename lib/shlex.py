"""A lexical analyser for shell-like syntax (ftpy's own implementation)."""

import io
import sys

__all__ = ["shlex", "split", "quote", "join"]

_LATIN1_LETTERS = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                   'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')
_ASCII_WORD = ('abcdfeghijklmnopqrstuvwxyz'
               'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')

_IDLE = ' '      # between tokens
_WORD = 'a'      # inside a word
_PUNCT = 'c'     # inside a run of punctuation characters


class shlex:
    """Split a stream into shell-like tokens."""

    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        if isinstance(instream, str):
            instream = io.StringIO(instream)
        if instream is None:
            instream = sys.stdin
        self.instream = instream
        self.infile = infile
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = _ASCII_WORD + (_LATIN1_LETTERS if posix else '')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = _IDLE
        self.pushback = []
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = []
        self.source = None
        if punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars or ''
        punctuation_chars = self._punctuation_chars
        self._held_chars = []
        if punctuation_chars:
            extra = '~-./*?='
            self.wordchars = ''.join(c for c in self.wordchars + extra
                                     if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        self.pushback.insert(0, tok)

    def push_source(self, newstream, newfile=None):
        if isinstance(newstream, str):
            newstream = io.StringIO(newstream)
        self.filestack.insert(0, (self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1

    def pop_source(self):
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.pop(0)
        self.state = _IDLE

    def get_token(self):
        if self.pushback:
            return self.pushback.pop(0)
        tok = self.read_token()
        while tok == self.eof and self.filestack:
            self.pop_source()
            tok = self.get_token()
        return tok

    def error_leader(self, infile=None, lineno=None):
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok == self.eof:
            raise StopIteration
        return tok

    # -- the character-level machine ---------------------------------------

    def _next_char(self):
        if self._punctuation_chars and self._held_chars:
            ch = self._held_chars.pop()
        else:
            ch = self.instream.read(1)
        if ch == '\n':
            self.lineno += 1
        return ch

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        self._quoted = False
        self._resume = _IDLE
        while True:
            ch = self._next_char()
            st = self.state
            if st is None:
                self.token = ''
                break
            if st == _IDLE:
                verdict = self._from_idle(ch)
            elif st in self.quotes:
                verdict = self._in_quotes(ch, st)
            elif st in self.escape:
                verdict = self._after_escape(ch, st)
            else:
                verdict = self._in_word(ch, st)
            if verdict:
                break
        found = self.token
        self.token = ''
        if self.posix and not self._quoted and found == '':
            return None
        return found

    def _has_token(self):
        return bool(self.token) or (self.posix and self._quoted)

    def _from_idle(self, ch):
        if not ch:
            self.state = None
            return True
        if ch in self.whitespace:
            return self._has_token()
        if ch in self.commenters:
            self._skip_comment()
        elif self.posix and ch in self.escape:
            self._resume = _WORD
            self.state = ch
        elif ch in self.wordchars:
            self.token, self.state = ch, _WORD
        elif ch in self._punctuation_chars:
            self.token, self.state = ch, _PUNCT
        elif ch in self.quotes:
            if not self.posix:
                self.token = ch
            self.state = ch
        elif self.whitespace_split:
            self.token, self.state = ch, _WORD
        else:
            self.token = ch
            return self._has_token()
        return False

    def _in_quotes(self, ch, quote_char):
        self._quoted = True
        if not ch:
            raise ValueError("No closing quotation")
        if ch == quote_char:
            if self.posix:
                self.state = _WORD
                return False
            self.token += ch
            self.state = _IDLE
            return True
        if self.posix and ch in self.escape and quote_char in self.escapedquotes:
            self._resume = quote_char
            self.state = ch
        else:
            self.token += ch
        return False

    def _after_escape(self, ch, esc):
        if not ch:
            raise ValueError("No escaped character")
        back = self._resume
        if back in self.quotes and ch != esc and ch != back:
            self.token += esc
        self.token += ch
        self.state = back
        return False

    def _in_word(self, ch, st):
        if not ch:
            self.state = None
            return True
        if ch in self.whitespace:
            self.state = _IDLE
            return self._has_token()
        if ch in self.commenters:
            self._skip_comment()
            if self.posix:
                self.state = _IDLE
                return self._has_token()
            return False
        if st == _PUNCT:
            if ch in self._punctuation_chars:
                self.token += ch
                return False
            if ch not in self.whitespace:
                self._held_chars.append(ch)
            self.state = _IDLE
            return True
        if self.posix and ch in self.quotes:
            self.state = ch
        elif self.posix and ch in self.escape:
            self._resume = _WORD
            self.state = ch
        elif (ch in self.wordchars or ch in self.quotes
              or (self.whitespace_split and ch not in self._punctuation_chars)):
            self.token += ch
        else:
            if self._punctuation_chars:
                self._held_chars.append(ch)
            else:
                self.pushback.insert(0, ch)
            self.state = _IDLE
            return self._has_token()
        return False


def split(s, comments=False, posix=True):
    """Split s like a POSIX shell would."""
    if s is None:
        raise ValueError("s argument must not be None")
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    lexer.commenters = '#' if comments else ''
    return [tok for tok in lexer]


_SAFE = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                  '0123456789_@%+=:,./-')


def quote(s):
    """Quote s so that a shell reads it as one word."""
    if not s:
        return "''"
    if not isinstance(s, str):
        raise TypeError(f"expected string object, got {type(s).__name__!r}")
    if all(c in _SAFE for c in s):
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    """Join the words of split_command into one shell-escaped string."""
    return ' '.join(quote(word) for word in split_command)
