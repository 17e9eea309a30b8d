"""From article text to a brief: the pipeline, its strategies, and the text analysis under them.

`pipeline` (`Summarizer`: one backend, cache and recorder for many articles),
`strategies/` (`single`: one call per article; `stepwise`: code proposes,
the model chooses), `quotes`, `stances`, `claims`, `entities`, `sentences`
(what code finds in the text) and `grounding` (every quote and evidence
span checked against the article).
"""
