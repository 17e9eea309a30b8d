"""Talking to language models: one backend interface and what sits around every call.

`backends/` (OpenAI-compatible HTTP, the embedded llama.cpp model, replay of
recordings, a fake for tests), `request` (the request/completion types),
`prompting` (strict, versioned templates), `cache`, `recording`, `retry`,
`ratelimit` and `model_store` (the embedded GGUF). Nothing here knows what a
brief or a memo is beyond the response model it is handed.
"""
