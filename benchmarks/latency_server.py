"""The OpenAI-protocol test server, answering every request after a fixed latency.

    python benchmarks/latency_server.py 0.2     # prints its base URL, serves until killed

Threaded (one thread per connection), so it serves any number of concurrent
requests; the answer is the test server's grounded brief of the fenced article.
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from openai_server import OpenAIServer, Received, default_answer  # noqa: E402


def main() -> None:
    latency = float(sys.argv[1]) if len(sys.argv) > 1 else 0.2

    def answer(received: Received) -> object:
        started = time.monotonic()
        value = default_answer(received)
        time.sleep(max(0.0, latency - (time.monotonic() - started)))
        return value

    server = OpenAIServer(responder=answer).start()
    print(server.url, flush=True)
    threading.Event().wait()


if __name__ == "__main__":
    main()
