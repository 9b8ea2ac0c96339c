"""Markdown to HTML for the pad, server-side: statements, hints, the solution.

markdown-it-py (CommonMark + tables), raw HTML off (a statement cannot inject
markup), code blocks highlighted by Pygments into CSS classes (pad.css), and
``$...$`` kept as written in a ``<code class="math">`` span: math is shown as
its TeX source, styled, with nothing fetched and no math library shipped.
"""

from __future__ import annotations

import html
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline
from pygments import highlight  # type: ignore[import-untyped]
from pygments.formatters import HtmlFormatter  # type: ignore[import-untyped]
from pygments.lexers import (  # type: ignore[import-untyped]
    PythonConsoleLexer,
    PythonLexer,
    get_lexer_by_name,
)
from pygments.util import ClassNotFound  # type: ignore[import-untyped]

_FORMATTER = HtmlFormatter(nowrap=True)


def code_html(source: str, language: str = "python") -> str:
    """Highlighted HTML for a block of code (no surrounding <pre>)."""
    lexer: Any
    if language in ("python", "py", "") and source.lstrip().startswith(">>>"):
        lexer = PythonConsoleLexer()
    elif language in ("python", "py"):
        lexer = PythonLexer()
    else:
        try:
            lexer = get_lexer_by_name(language)
        except ClassNotFound:
            return html.escape(source)
    return str(highlight(source, lexer, _FORMATTER))


def _highlight(code: str, lang: str, attrs: str) -> str:
    body = code_html(code, lang or "python")
    return f'<pre class="highlight"><code>{body}</code></pre>'


def _math(state: StateInline, silent: bool) -> bool:
    """Inline ``$...$`` (not ``$$`` and not an escaped or spaced-in dollar)."""
    start = state.pos
    if state.src[start] != "$" or state.src[start + 1:start + 2] in ("$", " ", ""):
        return False
    end = state.src.find("$", start + 1)
    while end != -1 and state.src[end - 1] == "\\":
        end = state.src.find("$", end + 1)
    if end == -1 or state.src[end - 1] == " ":
        return False
    if not silent:
        token = state.push("math_inline", "code", 0)
        token.content = state.src[start + 1:end]
        token.markup = "$"
    state.pos = end + 1
    return True


def _make() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "highlight": _highlight}).enable("table")
    md.inline.ruler.before("escape", "math_inline", _math)
    md.add_render_rule("math_inline",
                       lambda self, tokens, idx, options, env:
                       f'<code class="math">{html.escape(tokens[idx].content)}</code>')
    return md


_MD = _make()


def markdown_html(text: str) -> str:
    return str(_MD.render(text))
