#!/usr/bin/env python3
"""Serves Kanri's browser build on 127.0.0.1 with the headers the app needs:
.wasm as application/wasm, the strict Content-Security-Policy from docs/storage.md, gzip for
clients that accept it (so transfer sizes are what a real server would send), and an ETag, so a
reload revalidates each file (Cache-Control: no-cache) and gets 304 Not Modified for what did not
change, as a static host would: the browser then keeps its cached copy, and its compiled wasm.

    python3 web/serve.py --root build/web/site [--port 8080] [--host 127.0.0.1]
"""
import argparse
import gzip
import http.server
import os
import sys

CSP = ("default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; "
       "img-src 'self' data: blob:; style-src 'self'; base-uri 'none'; form-action 'none'; "
       "frame-ancestors 'none'; object-src 'none'")
TYPES = {".wasm": "application/wasm", ".js": "text/javascript; charset=utf-8", ".html": "text/html; charset=utf-8",
         ".css": "text/css; charset=utf-8", ".json": "application/json", ".data": "application/octet-stream",
         ".ttf": "font/ttf"}
COMPRESSIBLE = {".wasm", ".js", ".html", ".css", ".json", ".data", ".ttf"}


class Handler(http.server.SimpleHTTPRequestHandler):
    gz_cache = {}
    csp_exempt = None  # a path prefix served without the CSP (the benchmark's floor page)

    def end_headers(self):
        if not (self.csp_exempt and self.path.startswith(self.csp_exempt)):
            self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def guess_type(self, path):
        return TYPES.get(os.path.splitext(path)[1], super().guess_type(path))

    def do_GET(self):
        path = self.translate_path(self.path.split("?", 1)[0])
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        if not os.path.isfile(path):
            return super().do_GET()  # the 404 (and directory redirects)
        ext = os.path.splitext(path)[1]
        gzipped = ext in COMPRESSIBLE and "gzip" in self.headers.get("Accept-Encoding", "")
        stat = os.stat(path)
        etag = '"%x-%x%s"' % (stat.st_mtime_ns, stat.st_size, "-gz" if gzipped else "")
        if etag in [t.strip() for t in self.headers.get("If-None-Match", "").split(",")]:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Vary", "Accept-Encoding")
            self.end_headers()
            return
        if gzipped:
            body = self.compressed(path)
        else:
            with open(path, "rb") as f:
                body = f.read()
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        self.wfile.write(body)

    @classmethod
    def compressed(cls, path):
        """gzip -9 of a file, cached until the file changes (rebuilds while serving are fine)."""
        if os.path.splitext(path)[1] not in COMPRESSIBLE:
            return None
        stat = os.stat(path)
        key = (path, stat.st_mtime_ns, stat.st_size)
        body = cls.gz_cache.get(key)
        if body is None:
            with open(path, "rb") as f:
                body = gzip.compress(f.read(), 9)
            cls.gz_cache[key] = body
        return body

    def log_message(self, fmt, *args):
        if os.environ.get("KANRI_SERVE_LOG"):
            super().log_message(fmt, *args)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8080")))
    # scripts/bench serves the bare ImGui page of ../shared/bench-baseline beside Kanri: its
    # Emscripten shell has inline scripts, which the CSP would block.
    ap.add_argument("--no-csp-under", default=None, help="a path prefix served without the CSP")
    a = ap.parse_args()
    Handler.csp_exempt = a.no_csp_under
    # Compress everything once now, not on the first request of each file.
    for folder, _, files in os.walk(a.root):
        for name in files:
            Handler.compressed(os.path.join(folder, name))
    handler = lambda *args, **kw: Handler(*args, directory=a.root, **kw)
    http.server.ThreadingHTTPServer.allow_reuse_address = True
    server = http.server.ThreadingHTTPServer((a.host, a.port), handler)
    print("Kanri is served at http://%s:%d/" % (a.host, a.port), flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
