#!/usr/bin/env python3
"""Lists the C++ function definitions whose body spans more than MAX lines.

Used by long_functions.sh; see there for usage. No dependencies beyond the
standard library.

How it reads C++ (a scanner, not a parser; enough for this code base):
 1. comments, string and character literals (raw strings too) and
    preprocessor lines are blanked, keeping every newline, so the braces
    left are the code's own;
 2. at namespace and class scope, the text since the last `;`, `{` or `}`
    is the head of the next declaration; a `{` ending it opens
    - a namespace or `extern "C"` block, or a class/struct/union/enum body:
      scanned in turn, never counted;
    - a function body when the head has a parameter list (a top-level
      `(`), possibly followed by const, noexcept, override, `-> type` or a
      constructor's initializer list: counted from the line of the
      function's name to the line of its closing `}`, lambdas and local
      classes inside it included;
    - anything else (a braced initializer, a lambda assigned to a
      variable, a member initializer `x_{...}`): skipped as part of the head.
"""
import os
import re
import signal
import sys

EXTENSIONS = ('.cpp', '.cc', '.cxx', '.hpp', '.hh', '.h', '.ipp', '.tpp')
CLASS_KEYS = {'class', 'struct', 'union', 'enum'}
# Keywords whose parentheses come before a function's own parameter list.
NOT_A_NAME = {'alignas', '__attribute__', '__declspec', 'decltype', 'noexcept', 'requires', 'throw'}
TOKEN = re.compile(r'[A-Za-z_]\w*|::|->|\S')


def blank(text):
    """text with comments, literals and preprocessor lines replaced by spaces (newlines kept)."""
    out = list(text)
    n = len(text)
    i = 0
    line_start = True  # only blanks since the last newline

    def wipe(a, b):
        for k in range(a, b):
            if out[k] != '\n':
                out[k] = ' '

    while i < n:
        c = text[i]
        if c == '\n':
            line_start = True
            i += 1
            continue
        if line_start and c == '#':
            j = i
            while j < n and (text[j] != '\n' or text[j - 1] == '\\'):
                j += 1
            wipe(i, j)
            i = j
            continue
        if not c.isspace():
            line_start = False
        if text.startswith('//', i):
            j = text.find('\n', i)
            j = n if j < 0 else j
            wipe(i, j)
            i = j
        elif text.startswith('/*', i):
            j = text.find('*/', i + 2)
            j = n if j < 0 else j + 2
            wipe(i, j)
            i = j
        elif c == '"' and raw_string_prefix(text, i):
            m = re.compile(r'"([^()\\\s]{0,16})\(').match(text, i)
            if m is None:
                i += 1
                continue
            end = text.find(')' + m.group(1) + '"', m.end())
            end = n if end < 0 else end + len(m.group(1)) + 2
            wipe(i + 1, end - 1)
            i = end
        elif c == '"' or (c == "'" and not digit_separator(text, i)):
            j = i + 1
            while j < n and text[j] != c and text[j] != '\n':
                j += 2 if text[j] == '\\' else 1
            wipe(i + 1, min(j, n))
            i = j + 1
        else:
            i += 1
    return ''.join(out)


def raw_string_prefix(text, i):
    """Whether the quote at i opens a raw string: R", u8R", LR", uR", UR"."""
    m = re.search(r'(?:^|[^\w])(?:u8|[uUL])?R$', text[max(0, i - 4):i])
    return m is not None


def digit_separator(text, i):
    """Whether the quote at i separates digits, as in 1'000'000."""
    j = i
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "_.'"):
        j -= 1
    return j < i and text[j].isdigit()


def matching_brace(text, i):
    """Index of the `}` closing the `{` at i (the last index when unbalanced)."""
    depth = 0
    for k in range(i, len(text)):
        if text[k] == '{':
            depth += 1
        elif text[k] == '}':
            depth -= 1
            if depth == 0:
                return k
    return len(text) - 1


class Head:
    """What the tokens of a declaration head say about the `{` that ends it."""

    def __init__(self, text, offset):
        self.tokens = [(m.group(), offset + m.start()) for m in TOKEN.finditer(text)]
        self.name = None        # (qualified name, position) of a function
        self.params_end = None  # index in tokens of the `)` closing the parameter list
        self.class_key = None   # index of class/struct/union/enum at top level
        self.initializer = False
        self.ctor_init = False
        self._scan()

    def _scan(self):
        toks = self.tokens
        depth = 0   # (), [] and {} nesting
        angle = 0   # template brackets, at depth 0
        params_open = None
        k = 0
        while k < len(toks):
            tok = toks[k][0]
            top = depth == 0 and angle == 0
            if top and tok == 'operator' and self.name is None:
                k = self._operator_name(k)
                continue
            if tok in '([{':
                if top and tok == '(' and params_open is None and not (k > 0 and toks[k - 1][0] in NOT_A_NAME):
                    if self.name is None:
                        self.name = self._name_before(k)
                    params_open = k
                depth += 1
            elif tok in ')]}':
                depth -= 1
                if depth == 0 and tok == ')' and params_open is not None and self.params_end is None:
                    self.params_end = k
            elif depth == 0 and tok == '<':
                angle += 1
            elif depth == 0 and tok == '>' and angle > 0:
                angle -= 1
            elif top and tok in CLASS_KEYS and self.class_key is None and params_open is None:
                self.class_key = k
            elif top and tok == '=':
                self.initializer = True
            elif top and tok == ':' and self.params_end is not None:
                self.ctor_init = True
            k += 1

    def _operator_name(self, k):
        """Takes `operator<symbol>` as the function's name; returns the index of its `(`."""
        toks = self.tokens
        j = k + 1
        if j + 1 < len(toks) and toks[j][0] == '(' and toks[j + 1][0] == ')':
            j += 2
        while j < len(toks) and toks[j][0] != '(':
            j += 1
        qualified = self._name_before(k + 1)
        symbol = ''.join(t for t, _ in toks[k + 1:j])
        self.name = (qualified[0] + symbol, qualified[1])
        return j  # the parameter list's `(`, scanned as usual with the name already taken

    def _name_before(self, k):
        """The qualified name ending just before token k, with its position."""
        toks = self.tokens
        j = k - 1
        parts = []
        while j >= 0:
            tok = toks[j][0]
            if re.match(r'[A-Za-z_]\w*$', tok) or tok == '~':
                parts.append(tok)
                j -= 1
                if j >= 0 and toks[j][0] == '~':
                    continue
                if j >= 0 and toks[j][0] == '::':
                    parts.append('::')
                    j -= 1
                    j = self._skip_template_args(j)
                    continue
                break
            break
        if not parts:
            return ('?', toks[k][1])
        return (''.join(reversed(parts)), toks[j + 1][1])

    def _skip_template_args(self, j):
        """From the `>` at j (if any), back past its matching `<`."""
        toks = self.tokens
        if j < 0 or toks[j][0] != '>':
            return j
        level = 0
        while j >= 0:
            if toks[j][0] == '>':
                level += 1
            elif toks[j][0] == '<':
                level -= 1
                if level == 0:
                    return j - 1
            j -= 1
        return j

    def words(self):
        return [t for t, _ in self.tokens]

    def kind(self):
        """namespace, class, function or other (a brace that belongs to the head)."""
        words = self.words()
        if not words:
            return 'other'
        if self.name is None and ('namespace' in words[:2] or words[0] == 'extern'):
            return 'namespace'
        if self.class_key is not None and self.name is None and not self.initializer:
            return 'class'
        if self.name is None or self.initializer:
            return 'other'
        last = words[-1]
        if self.ctor_init and (re.match(r'\w', last) or last == '>'):
            return 'other'  # a member's braced initializer: x_{...}
        return 'function'

    def class_name(self):
        words = self.words()
        rest = words[self.class_key + 1:]
        for w in rest:
            if re.match(r'[A-Za-z_]\w*$', w) and w not in ('class', 'struct', 'final', 'alignas'):
                return w
        return None


def strip_access_specifiers(text, start):
    """Skips `public:`, `private:` and `protected:` at the start of a head."""
    m = re.compile(r'(?:\s*(?:public|private|protected)\s*:(?!:))*').match(text, start)
    return m.end()


def functions(text):
    """Yields (name, first line, last line) of every function definition in blanked text."""
    scopes = []  # class names ('' for a namespace)
    head_start = 0
    depth = 0    # parentheses in the head
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == '(':
            depth += 1
        elif c == ')':
            depth -= 1
        elif c == ';' and depth <= 0:
            head_start, depth = i + 1, 0
        elif c == '}':
            if scopes:
                scopes.pop()
            head_start, depth = i + 1, 0
        elif c == '{' and depth > 0:
            i = matching_brace(text, i)  # a braced default argument
        elif c == '{':
            start = strip_access_specifiers(text, head_start)
            head = Head(text[start:i], start)
            kind = head.kind()
            if kind in ('namespace', 'class'):
                scopes.append(head.class_name() if kind == 'class' else '')
                head_start = i + 1
            elif kind == 'function':
                end = matching_brace(text, i)
                owner = '::'.join(s for s in scopes if s)
                name, position = head.name
                yield ((owner + '::' if owner else '') + name, line_of(text, position), line_of(text, end))
                i = end
                head_start = end + 1
            else:
                i = matching_brace(text, i)
        i += 1


def line_of(text, position):
    return text.count('\n', 0, position) + 1


def source_files(paths):
    for path in paths:
        if os.path.isfile(path):
            yield path
            continue
        for folder, dirs, files in os.walk(path):
            dirs.sort()
            for f in sorted(files):
                if f.endswith(EXTENSIONS):
                    yield os.path.join(folder, f)


def main(argv):
    limit = int(argv[1])
    found = 0
    for path in source_files(argv[2:]):
        with open(path, encoding='utf-8', errors='replace') as f:
            text = blank(f.read())
        for name, first, last in functions(text):
            length = last - first + 1
            if length > limit:
                print(f'{path}:{first}: {name} ({length} lines)')
                found += 1
    return 1 if found else 0


if __name__ == '__main__':
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped into head
    sys.exit(main(sys.argv))
