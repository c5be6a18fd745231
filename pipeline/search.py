"""`delib search`: ranked full-text search over acts, with a snippet and the page it is on."""

from __future__ import annotations

import sqlite3

from pipeline.errors import DelibError
from pipeline.filters import NO_FILTERS, ActFilters
from pipeline.fulltext import Terms, parse_terms, words
from pipeline.store import from_db

# Words of context either side of the first match in a snippet.
SNIPPET_WORDS = 10
# The title weighs more than the body: a word in the title says what the act is about.
RANK = "bm25(acts_search, 4.0, 1.0)"


class EmptySearch(DelibError):
    kind = "empty_search"
    stage = "search"
    remedy = "type at least one word, e.g. delib search 'subvention association'"


def search(conn: sqlite3.Connection, query: str, filters: ActFilters = NO_FILTERS, limit: int = 20) -> list[dict]:
    """The acts that hold every word of `query`, best first, each with a snippet, its page and the
    PDF's path (`path#page=N` opens the page in most viewers)."""
    terms = parse_terms(query)
    if terms is None:
        raise EmptySearch(f"nothing to search for in {query[:40]!r}")
    where, values = filters.sql(conn)
    where, values = ["acts_search MATCH ?", *where], [terms.match, *values]
    rows = conn.execute(
        "SELECT a.id, a.kind, a.number, a.session_date, a.collectivity, a.body, a.title, a.first_page, a.text, "
        "d.path FROM acts_search JOIN acts a ON a.rowid = acts_search.rowid "
        f"JOIN documents d ON d.sha256 = a.sha256 WHERE {' AND '.join(where)} ORDER BY {RANK} LIMIT ?",
        [*values, limit],
    ).fetchall()
    results = []
    for act_id, kind, number, date, collectivity, body, title, first_page, text, path in rows:
        snippet, offset = make_snippet(text, terms)
        page = first_page + text.count("\f", 0, offset)
        path = from_db(path)
        results.append(
            {
                "id": act_id,
                "date": date,
                "collectivity": collectivity,
                "body": body,
                "kind": kind,
                "number": number,
                "title": title,
                "snippet": snippet,
                "page": page,
                "path": path,
                "link": f"{path}#page={page}",
            }
        )
    return results


def make_snippet(text: str, terms: Terms) -> tuple[str, int]:
    """The words around the place where most of the searched words meet, matches in [brackets];
    and the offset of that place in the text (to tell its page)."""
    found = words(text)
    hits = [i for i, (_, _, word) in enumerate(found) if _matches(word, terms)]
    if not hits:  # a match in the title only
        return " ".join(text[:120].split()), 0
    wanted = set(terms.words) | set(terms.prefixes)

    def variety(i: int) -> int:
        window = {found[j][2] for j in hits if i <= j < i + 2 * SNIPPET_WORDS}
        return len({w for w in wanted if any(v == w or v.startswith(w) for v in window)})

    best = max(hits, key=lambda i: (variety(i), -i))
    first, last = max(0, best - SNIPPET_WORDS // 2), min(len(found), best + 2 * SNIPPET_WORDS)
    pieces, cursor = [], found[first][0]
    for start, end, word in found[first:last]:
        pieces.append(text[cursor:start])
        pieces.append(f"[{text[start:end]}]" if _matches(word, terms) else text[start:end])
        cursor = end
    prefix = "…" if first else ""
    suffix = "…" if last < len(found) else ""
    return prefix + " ".join("".join(pieces).split()) + suffix, found[best][0]


def _matches(word: str, terms: Terms) -> bool:
    return word in terms.words or any(word.startswith(p) for p in terms.prefixes)
