"""A Slack-style incoming webhook on 127.0.0.1 for the alerting tests."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# The secret part of the webhook URL: it must never show up in a log.
SECRET = "T0001/B0002/do-not-log-me"


class WebhookServer:
    """A Slack-style incoming webhook on 127.0.0.1: answers each POST with the next scripted status
    (then 200) and keeps every JSON body it was sent."""

    def __init__(self, statuses: tuple[int, ...] = ()):
        self.statuses = list(statuses)
        self.bodies: list[dict] = []
        self.attempts = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 (http.server's naming)
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                server.attempts += 1
                status = server.statuses.pop(0) if server.statuses else 200
                if status == 200:
                    server.bodies.append(body)
                self.send_response(status)
                self.end_headers()
                self.wfile.write(b"ok" if status == 200 else b"nope")

            def log_message(self, *args):
                pass

        self._http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._http.server_port}/services/{SECRET}"
        self._thread = threading.Thread(target=self._http.serve_forever, daemon=True)

    def __enter__(self) -> "WebhookServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._http.shutdown()
        self._http.server_close()

    @property
    def texts(self) -> list[str]:
        return [body["text"] for body in self.bodies]
