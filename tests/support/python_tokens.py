"""Reads Python sources the way tests/support/python-twins.ts needs them, with Python's own tokenize.

Input (stdin): a JSON list of sources. Output (stdout): a JSON list, one entry per source:
{"tokens": [[text, line], ...], "comments": [...], "strings": [...]} or {"error": "..."}.

- tokens: what two twins must share. Comments and non-logical line breaks are dropped; INDENT,
  DEDENT and NEWLINE stay (they are Python's structure); a string literal is only its kind
  ("<string>", "<bytes>"); an f-string keeps its replacement fields as code, each field's
  expression tokenized in turn, its conversion and format spec as written.
- comments and strings: the text a translation may change. An f-string's text has "${}" for
  each replacement field, as the TypeScript side writes template holes. A string that holds a
  Python program (several lines that parse) is code and is left out.

Works with the tokenize of Python 3.11 (an f-string is one STRING token) and of 3.12+ (an
f-string is FSTRING_START ... FSTRING_END).
"""

import ast
import io
import json
import sys
import tokenize

HOLE = "${}"
SKIPPED = {tokenize.COMMENT, tokenize.NL, tokenize.ENCODING, tokenize.ENDMARKER}
STRUCTURE = {tokenize.INDENT: "INDENT", tokenize.DEDENT: "DEDENT", tokenize.NEWLINE: "NEWLINE"}
FSTRING_START = getattr(tokenize, "FSTRING_START", None)
FSTRING_END = getattr(tokenize, "FSTRING_END", None)


def literal(text, line, out):
    """A string literal (f-string or not): its kind or fields into out["tokens"], its text into out["strings"]."""
    node = ast.parse(text.strip(), mode="eval").body
    prefix = text[: len(text) - len(text.lstrip("rRbBuUfF"))].lower()
    if not isinstance(node, ast.JoinedStr):
        out["tokens"].append(["<bytes>" if "b" in prefix else "<string>", line])
        value = node.value if isinstance(node.value, str) else node.value.decode("latin-1")
        if not is_program(value):
            out["strings"].append(value)
        return
    out["tokens"].append(["<f-string>", line])
    out["strings"].append(fstring(node, line, out))
    out["tokens"].append(["</f-string>", line])


def is_program(text):
    """Whether a string is Python source (a twin may compile() a snippet to show a SyntaxError),
    which is code, not text to translate: several lines that parse as a module."""
    if "\n" not in text.strip():
        return False
    try:
        ast.parse(text)
    except SyntaxError:
        return False
    return True


def fstring(node, line, out):
    """The literal text of an f-string node, its fields' code appended to out["tokens"]."""
    text = ""
    for part in node.values:
        if isinstance(part, ast.Constant):
            text += part.value
            continue
        text += HOLE
        out["tokens"].append(["{", line])
        code(ast.unparse(part.value), line, out)
        if part.conversion != -1:
            out["tokens"].append(["!" + chr(part.conversion), line])
        if part.format_spec is not None:
            # The spec (".2f", ">6") is code: it says how the value prints.
            spec = {"tokens": [], "strings": [], "comments": []}
            out["tokens"].append([":" + fstring(part.format_spec, line, spec), line])
            out["tokens"].extend(spec["tokens"])
        out["tokens"].append(["}", line])
    return text


def code(source, line, out):
    """Tokenizes source into out; line numbers are relative to `line` (for the fields of an f-string)."""
    lines = source.splitlines(keepends=True)
    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        at = line + tok.start[0] - 1
        if tok.type == FSTRING_START:
            depth, j = 1, i + 1
            while depth:
                depth += {FSTRING_START: 1, FSTRING_END: -1}.get(tokens[j].type, 0)
                j += 1
            literal(span(lines, tok.start, tokens[j - 1].end), at, out)
            i = j
            continue
        if tok.type == tokenize.COMMENT:
            out["comments"].append(tok.string)
        elif tok.type == tokenize.STRING:
            literal(tok.string, at, out)
        elif tok.type in STRUCTURE:
            out["tokens"].append([STRUCTURE[tok.type], at])
        elif tok.type not in SKIPPED:
            out["tokens"].append([tok.string, at])
        i += 1


def span(lines, start, end):
    """The source text from start to end, (row, column) pairs as tokenize gives them."""
    (r0, c0), (r1, c1) = start, end
    if r0 == r1:
        return lines[r0 - 1][c0:c1]
    return lines[r0 - 1][c0:] + "".join(lines[r0 : r1 - 1]) + lines[r1 - 1][:c1]


def read(source):
    out = {"tokens": [], "comments": [], "strings": []}
    try:
        code(source, 1, out)
    except (SyntaxError, tokenize.TokenError) as err:
        return {"error": f"{type(err).__name__}: {err}"}
    return out


json.dump([read(source) for source in json.load(sys.stdin)], sys.stdout, ensure_ascii=False)
