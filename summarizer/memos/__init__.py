"""Briefing memos across articles: building, entity resolution, text analysis, model questions, rendering.

`build` (`memo`, `amemo`, `make_memo`), `resolve` (one entity per referent
across briefs), `text` (timeline dates, loaded terms), `questions` (the
bottom line and tie-breaks put to the model), `render` (Markdown, HTML,
JSON) and `schema` (the `Memo` model). Named `memos` because
`summarizer.memo` is the public function.
"""
