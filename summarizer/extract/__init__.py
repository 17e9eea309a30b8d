"""From article text to a brief: the pipeline, its strategies, and the language layer under them.

`pipeline` (`Summarizer`: one backend, cache and recorder for many articles),
`strategies/` (`single`: one call per article; `stepwise`: code reads, the
model judges), `nlp` (the spaCy pipeline: sentences, entities, the parse),
`analysis` (what code reads in an article, as cached facts) over `quotes`,
`speakers`, `actors`, `stances`, `claims`, `entities` and `sentences`, and
`grounding` (every quote and evidence span checked against the article).
"""
