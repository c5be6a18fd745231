"""Articles of a decision: "Article 1er :", "Article 1 :", "ARTICLE 2 –", "Art. 3"."""

from __future__ import annotations

import re

from extractors.fr.acts import ARTICLE_END as ARTICLE_END_WORDING
from extractors.stages import Section
from schemas.record import Article

ARTICLE = re.compile(
    r"^[ \t]*(?:article|art\.)[ \t\u00a0\u202f]*(\d{1,3}|premier|unique)[ \t\u00a0\u202f]*(?:er|ER|e|è?me)?\b[ \t\u00a0\u202f]*[:\-–—.)]?[ \t\u00a0\u202f]*",
    re.IGNORECASE | re.MULTILINE,
)
# Where the last article's text stops: the vote, the signature, the closing formulas.
ARTICLE_END = ARTICLE_END_WORDING.compile(r"^[ \t]*")
MAX_ARTICLE_CHARS = 2000


def parse_articles(section: Section) -> list[Article]:
    """The numbered articles of a decision, in order; a renumbering back to 1 starts a new list
    (an annexed text quoted inside the act), which is not the decision's."""
    text = section.text
    matches = list(ARTICLE.finditer(text))
    articles: list[Article] = []
    for index, match in enumerate(matches):
        number = int(match.group(1)) if match.group(1).isdigit() else 1  # "Article premier", "Article unique"
        if number == 0 or (articles and number != articles[-1].number + 1):
            if articles:
                break
            if number != 1:
                continue
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        # The body's first line is never an end, even when it starts "Le Président est autorisé…".
        first_line_end = text.find(
            "\n", match.end() + 1 if text[match.end() : match.end() + 1] == "\n" else match.end()
        )
        stop = ARTICLE_END.search(text, max(match.end(), first_line_end if first_line_end != -1 else end), end)
        if stop:
            end = stop.start()
        end = min(end, match.end() + MAX_ARTICLE_CHARS)
        body = " ".join(text[match.end() : end].split())
        articles.append(Article(number=number, text=body, source=section.source(match.start(), end)))
    return articles
