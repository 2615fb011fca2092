"""A small reverse proxy for the deployment test, standing in for nginx in front of `serve`.

    python tests/web/proxy_server.py LISTEN_PORT UPSTREAM_PORT PUBLIC_HOST

It listens on 127.0.0.1:LISTEN_PORT and forwards each request to 127.0.0.1:UPSTREAM_PORT from
the address 127.0.0.2 (so the site can tell the proxy from a direct client), adding what a TLS
proxy adds: X-Forwarded-Proto (https, or the value of the test's X-Test-Proto header),
Host and X-Forwarded-Host (PUBLIC_HOST) and X-Forwarded-For (whatever the client sent, then the
visitor's address: the test's X-Test-Visitor header, else the client's own address).
Redirects are passed back as they are.
"""

from __future__ import annotations

import http.client
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SOURCE = "127.0.0.2"
HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "upgrade", "trailer"}


def make_handler(upstream: int, public_host: str) -> type[BaseHTTPRequestHandler]:
    class Forward(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _forward(self) -> None:
            size = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(size) if size else None
            visitor = self.headers.get("X-Test-Visitor") or self.client_address[0]
            headers = {
                k: v
                for k, v in self.headers.items()
                if k.lower() not in HOP_BY_HOP and not k.lower().startswith("x-test-")
            }
            for name in ("X-Forwarded-Proto", "X-Forwarded-Host", "Host"):
                headers.pop(name, None)  # a real proxy sets these itself
            headers["Host"] = public_host
            earlier = self.headers.get("X-Forwarded-For")
            headers["X-Forwarded-For"] = f"{earlier}, {visitor}" if earlier else visitor
            headers["X-Forwarded-Proto"] = self.headers.get("X-Test-Proto") or "https"
            headers["X-Forwarded-Host"] = public_host
            conn = http.client.HTTPConnection(
                "127.0.0.1", upstream, timeout=60, source_address=(SOURCE, 0)
            )
            try:
                conn.request(self.command, self.path, body=body, headers=headers)
                resp = conn.getresponse()
                data = resp.read()
            finally:
                conn.close()
            self.send_response(resp.status, resp.reason)
            for k, v in resp.getheaders():
                if k.lower() not in HOP_BY_HOP and k.lower() != "content-length":
                    self.send_header(k, v)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_HEAD = _forward

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Forward


def main() -> None:
    listen, upstream, host = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    server = ThreadingHTTPServer(("127.0.0.1", listen), make_handler(upstream, host))
    print("ready", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
