#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""A partner's push endpoint on loopback that misbehaves on purpose.

POST /push takes a ninjs document signed with X-Copydesk-Signature and keyed
with Idempotency-Key. While the first --faulty requests come in, some get
a fault instead, in a fixed cycle: an HTTP 500, a hang longer than the
client's timeout, the connection dropped half-way through the body, a 429
with Retry-After, a story taken and answered only after the client gave up
(so that it comes again under the same key). A story whose headline holds --reject is refused with 400.
A key already accepted is answered again as a replay (the same body) or
refused with 422 (another body). HEAD/PUT /assets/<name> keep pictures.

Every request is logged as one JSON line, for the test to check.
"""
import argparse
import hashlib
import hmac
import json
import os
import socket
import struct
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CYCLE = ["ok", "500", "ok", "hang", "ok", "drop", "ok", "slow", "429", "ok"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port-file", required=True)
    parser.add_argument("--log", required=True)
    parser.add_argument("--secret-env", required=True)
    parser.add_argument("--faulty", type=int, default=0)
    parser.add_argument("--reject", default="")
    parser.add_argument("--hang-seconds", type=float, default=4.0)
    parser.add_argument("--retry-after", type=int, default=3)
    args = parser.parse_args()
    secret = os.environ[args.secret_env].encode()

    lock = threading.Lock()
    state = {"posts": 0, "accepted": {}, "assets": {}}
    log_file = open(args.log, "a", buffering=1)

    def log(entry):
        entry["t"] = time.time()
        with lock:
            log_file.write(json.dumps(entry) + "\n")

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_):
            pass

        def setup(self):
            super().setup()
            if os.environ.get("PUSH_ENDPOINT_NODELAY"):
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def answer(self, status, body=b"", headers=()):
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if body and self.command != "HEAD":
                self.wfile.write(body)

        def drop(self):
            # A reset, not a polite close: what a crashed proxy does.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                       struct.pack("ii", 1, 0))
            self.close_connection = True
            self.connection.close()

        def do_HEAD(self):
            if self.path.startswith("/assets/"):
                name = self.path[len("/assets/"):]
                self.answer(200 if name in state["assets"] else 404)
            else:
                self.answer(405)

        def do_PUT(self):
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length)
            if not self.path.startswith("/assets/"):
                self.answer(405)
                return
            with lock:
                state["assets"][self.path[len("/assets/"):]] = len(body)
            log({"method": "PUT", "path": self.path, "size": len(body)})
            self.answer(201)

        def do_POST(self):
            if self.path != "/push":
                self.answer(404)
                return
            with lock:
                number = state["posts"]
                state["posts"] += 1
            fault = CYCLE[number % len(CYCLE)] if number < args.faulty else "ok"
            length = int(self.headers.get("Content-Length", "0"))
            key = self.headers.get("Idempotency-Key", "")
            entry = {"method": "POST", "n": number, "key": key}
            if fault == "drop":
                self.rfile.read(length // 2)
                entry["outcome"] = "dropped"
                log(entry)
                self.drop()
                return
            body = self.rfile.read(length)
            if fault == "hang":
                entry["outcome"] = "hung"
                log(entry)
                time.sleep(args.hang_seconds)
                self.drop()
                return
            if fault == "500":
                entry["outcome"] = "500"
                log(entry)
                self.answer(500, b"Internal Server Error")
                return
            if fault == "429":
                entry["outcome"] = "429"
                log(entry)
                self.answer(429, b"Slow down",
                            [("Retry-After", str(args.retry_after))])
                return
            signature = self.headers.get("X-Copydesk-Signature", "")
            expected = "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()
            entry["signed"] = hmac.compare_digest(signature, expected)
            digest = hashlib.sha256(body).hexdigest()
            entry["digest"] = digest
            try:
                ninjs = json.loads(body)
            except ValueError:
                ninjs = {}
            entry["pubstatus"] = ninjs.get("pubstatus", "")
            if not entry["signed"]:
                entry["outcome"] = "bad-signature"
                log(entry)
                self.answer(401, b"bad signature")
                return
            headlines = " ".join(h.get("value", "") for h in ninjs.get("headlines", []))
            if args.reject and args.reject in headlines:
                entry["outcome"] = "400"
                log(entry)
                self.answer(400, b'{"error": "the partner takes no stories about this"}',
                            [("Content-Type", "application/json")])
                return
            with lock:
                seen = state["accepted"].get(key)
                if seen is None:
                    state["accepted"][key] = digest
            if seen is None:
                entry["outcome"] = "accepted"
                log(entry)
                if fault == "slow":
                    time.sleep(args.hang_seconds)
                self.answer(200, b'{"ok": true}', [("Content-Type", "application/json")])
            elif seen == digest:
                entry["outcome"] = "replayed"
                log(entry)
                self.answer(200, b'{"ok": true, "replayed": true}',
                            [("Content-Type", "application/json")])
            else:
                entry["outcome"] = "conflict"
                log(entry)
                self.answer(422, b"another body under this key")

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    with open(args.port_file + ".tmp", "w") as out:
        out.write(str(server.server_address[1]))
    os.rename(args.port_file + ".tmp", args.port_file)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
