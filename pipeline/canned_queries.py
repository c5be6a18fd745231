"""The canned queries `delib serve` offers journalists in Datasette: named, parameterised SQL.

Datasette shows one input per `:parameter` and passes an empty string for a field left empty, so
`(:x = '' OR …)` makes a filter optional. Text filters use LIKE on a part of the name, which
ignores case for unaccented letters only; names are also matched on `persons.key` (folded, no
accents: docs/database.md) so that "dupre" finds "DUPRÉ".
"""

from __future__ import annotations

# A procès-verbal repeats the session's attendance on every item: a session is one
# (collectivity, body, session_date), and a member's status in it is the best of the items
# (present at one item is present at the session, as `delib person` counts it).
_SESSIONS = """sessions AS (
  SELECT t.person_id, a.collectivity, a.body, a.session_date,
         max(t.status = 'present') AS present, max(t.status = 'excused') AS excused
  FROM attendance t JOIN acts a ON a.id = t.act_id
  GROUP BY t.person_id, a.collectivity, a.body, a.session_date
)"""
# Each pouvoir once per session, however many items repeat it.
_PROXIES = """proxies AS (
  SELECT DISTINCT a.collectivity, a.body, a.session_date, t.person_id AS giver_id, t.proxy_to_id AS holder_id
  FROM attendance t JOIN acts a ON a.id = t.act_id
  WHERE t.proxy_to_id IS NOT NULL
)"""
_COLLECTIVITY = "(:collectivity = '' OR {column} LIKE '%' || :collectivity || '%')"

QUERIES: dict[str, dict[str, str]] = {
    "votes_not_adding_up": {
        "title": "Votes that do not add up",
        "description": "Acts whose printed vote counts do not match the votants, or whose présents + pouvoirs "
        "do not make the votants (checks vote_totals_mismatch and voters_mismatch, see docs/checks.md), "
        "with the figures compared and the page to check them on.",
        "sql": f"""SELECT a.collectivity, a.session_date, a.number, a.title, c.code, c.message,
       c.page, c.source_text AS evidence, a.id AS act_id, d.path
FROM checks c
JOIN acts a ON a.id = c.act_id
JOIN documents d ON d.sha256 = a.sha256
WHERE c.code IN ('vote_totals_mismatch', 'voters_mismatch')
  AND {_COLLECTIVITY.format(column="a.collectivity")}
ORDER BY a.collectivity, a.session_date, d.path, a.position""",
    },
    "attendance_rate": {
        "title": "Attendance rate per member",
        "description": "For each member, the sessions whose attendance lists them, and how many they attended, "
        "were excused from or missed. A session counts once however many items repeat its attendance.",
        "sql": f"""WITH {_SESSIONS}
SELECT p.id AS person_id, p.name, p.collectivity, count(*) AS sessions,
       sum(s.present) AS present, sum(NOT s.present AND s.excused) AS excused,
       sum(NOT s.present AND NOT s.excused) AS absent,
       round(100.0 * sum(s.present) / count(*), 1) AS presence_percent
FROM sessions s
JOIN persons p ON p.id = s.person_id
WHERE {_COLLECTIVITY.format(column="p.collectivity")}
GROUP BY p.id
ORDER BY p.collectivity, presence_percent, p.name""",
    },
    "proxies": {
        "title": "Proxies given and held",
        "description": "For each member, the sessions where they gave their vote by proxy (pouvoir) and to whom, "
        "and the proxies they held and from whom; each pouvoir counts once per session.",
        "sql": f"""WITH {_PROXIES},
roles AS (
  SELECT giver_id AS person_id, 'given' AS role, holder_id AS other_id FROM proxies
  UNION ALL
  SELECT holder_id, 'held', giver_id FROM proxies
)
SELECT p.id AS person_id, p.name, p.collectivity,
       sum(r.role = 'given') AS given, group_concat(DISTINCT CASE WHEN r.role = 'given' THEN o.name END) AS given_to,
       sum(r.role = 'held') AS held, group_concat(DISTINCT CASE WHEN r.role = 'held' THEN o.name END) AS held_from
FROM roles r
JOIN persons p ON p.id = r.person_id
JOIN persons o ON o.id = r.other_id
WHERE {_COLLECTIVITY.format(column="p.collectivity")}
GROUP BY p.id
ORDER BY held DESC, given DESC, p.name""",
    },
    # No beneficiary is extracted: it is usually named next to the amount ("subvention de 2 500 € à
    # l'association …"), so the amount's context, the act's title and the organisations the act
    # names are shown, and the beneficiary filter looks in all three.
    "largest_amounts": {
        "title": "Largest amounts, by beneficiary",
        "description": "Amounts from the largest, with the text around them, the act's title and the "
        "organisations the act names (no beneficiary is extracted as such: read it in the context). "
        "Filter on a beneficiary's name (in the context, the title or an organisation) and a minimum in euros.",
        "sql": """SELECT am.value AS euros, am.raw, am.context, a.title,
       (SELECT group_concat(DISTINCT e.text) FROM entities e WHERE e.act_id = a.id AND e.label = 'ORG')
         AS organisations,
       a.collectivity, a.session_date, am.page, a.id AS act_id, d.path
FROM amounts am
JOIN acts a ON a.id = am.act_id
JOIN documents d ON d.sha256 = a.sha256
WHERE (:beneficiary = ''
       OR am.context LIKE '%' || :beneficiary || '%'
       OR a.title LIKE '%' || :beneficiary || '%'
       OR EXISTS (SELECT 1 FROM entities e
                  WHERE e.act_id = a.id AND e.label = 'ORG' AND e.text LIKE '%' || :beneficiary || '%'))
  AND (:min_euros = '' OR am.value_cents >= CAST(:min_euros AS REAL) * 100)
ORDER BY am.value_cents DESC""",
    },
    "session_acts": {
        "title": "The acts of one session",
        "description": "Every decision of a collectivity's session (part of its name, and the date as YYYY-MM-DD), "
        "in the order of the documents, with each vote's result and counts.",
        "sql": f"""SELECT a.collectivity, a.number, a.kind, a.title, a.body,
       v.result, v.votes_for, v.against, v.abstention, v.unanimous, a.first_page, a.id AS act_id, d.path
FROM acts a
JOIN documents d ON d.sha256 = a.sha256
LEFT JOIN votes v ON v.act_id = a.id
WHERE a.kind IN ('deliberation', 'arrete', 'pv_item')
  AND a.session_date = :session_date
  AND {_COLLECTIVITY.format(column="a.collectivity")}
ORDER BY a.collectivity, d.path, a.position, v.position""",
    },
    "person_votes": {
        "title": "A member's named votes",
        "description": "The votes where a member is named voting against, abstaining or not taking part "
        "(part of the name as printed, any spelling met, or the words without accents: dupre).",
        "sql": """SELECT p.name, p.collectivity, a.session_date, a.number, a.title, m.position,
       v.result, v.source_text AS vote, v.page, a.id AS act_id
FROM vote_members m
JOIN persons p ON p.id = m.person_id
JOIN votes v ON v.id = m.vote_id
JOIN acts a ON a.id = v.act_id
WHERE m.position IN ('against', 'abstention', 'not_voting')
  AND m.person_id IN (
    SELECT id FROM persons WHERE name LIKE '%' || :name || '%' OR key LIKE '%' || :name || '%'
    UNION SELECT person_id FROM aliases WHERE name LIKE '%' || :name || '%')
ORDER BY p.collectivity, p.name, a.session_date, a.id""",
    },
}
