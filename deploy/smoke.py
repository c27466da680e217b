#!/usr/bin/env python3
"""Smoke run against two CaiTien nodes behind nginx (started by deploy/smoke.sh).

Usage: smoke.py BASE_URL NODE1_ADDR NODE2_ADDR NODE2_PIDFILE
Prints one line per check ("  ok   ..." / "  FAIL ...") and exits with the number of failures.
nginx adds X-Upstream (the node that answered) in the smoke configuration, so each step can be sent to a chosen node.
"""
import hashlib, html, http.cookiejar, os, re, signal, ssl, sys, time, urllib.error, urllib.parse, urllib.request, uuid
from html.parser import HTMLParser

BASE, NODE1, NODE2, NODE2_PID = sys.argv[1:5]
failures = 0


def check(name, condition, detail=""):
    global failures
    if condition:
        print(f"  ok   {name}")
    else:
        failures += 1
        print(f"  FAIL {name}" + (f": {detail}" if detail else ""))
    sys.stdout.flush()
    return condition


class Client:
    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args, **kwargs):
                return None

        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), urllib.request.HTTPSHandler(context=context), NoRedirect)

    def request(self, method, path, data=None, headers=None):
        req = urllib.request.Request(BASE + path, data=data, method=method, headers=headers or {})
        try:
            with self.opener.open(req, timeout=60) as r:
                return r.status, r.headers, r.read()
        except urllib.error.HTTPError as e:
            return e.code, e.headers, e.read()
        except (urllib.error.URLError, ConnectionError, TimeoutError) as e:
            return 0, {}, str(e).encode()

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post_form(self, path, fields, headers=None):
        body = urllib.parse.urlencode(fields).encode()
        return self.request("POST", path, body, {"Content-Type": "application/x-www-form-urlencoded", **(headers or {})})

    def post_multipart(self, path, fields, file_field, file_name, content):
        boundary = uuid.uuid4().hex
        parts = []
        for k, v in fields.items():
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode())
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{file_field}"; filename="{file_name}"\r\n'
                     f'Content-Type: application/octet-stream\r\n\r\n'.encode() + content + b"\r\n")
        parts.append(f"--{boundary}--\r\n".encode())
        return self.request("POST", path, b"".join(parts), {"Content-Type": f"multipart/form-data; boundary={boundary}"})

    def on_node(self, node):
        """Returns once the next request through nginx's round robin goes to `node`."""
        for _ in range(6):
            _, headers, _ = self.get("/healthz/live")
            if headers.get("X-Upstream", "") != node:
                return
        raise RuntimeError(f"nginx never alternated away from {node}")


def throughput(client, path, seconds=6.0, threads=8):
    """Requests per second and errors for `path` through nginx: `threads` keep-alive connections for `seconds`."""
    import http.client, threading
    host, port = urllib.parse.urlsplit(BASE).hostname, urllib.parse.urlsplit(BASE).port
    cookie = "; ".join(f"{c.name}={c.value}" for c in client.jar)
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    counts, errors, stop = [0] * threads, [0] * threads, time.monotonic() + seconds

    def worker(i):
        conn = http.client.HTTPSConnection(host, port, context=context, timeout=30)
        while time.monotonic() < stop:
            try:
                conn.request("GET", path, headers={"Cookie": cookie})
                r = conn.getresponse()
                r.read()
                if r.status == 200:
                    counts[i] += 1
                else:
                    errors[i] += 1
            except (OSError, http.client.HTTPException):
                errors[i] += 1
                conn.close()
                conn = http.client.HTTPSConnection(host, port, context=context, timeout=30)
        conn.close()

    workers = [threading.Thread(target=worker, args=(i,)) for i in range(threads)]
    started = time.monotonic()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return sum(counts) / (time.monotonic() - started), sum(errors)


def token(page_html):
    m = re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', page_html)
    return html.unescape(m.group(1)) if m else None


class FormFields(HTMLParser):
    """Names and values of the inputs, selects and textareas inside the element with id `scope`."""
    def __init__(self, scope):
        super().__init__()
        self.scope, self.depth, self.fields, self._select, self._textarea = scope, 0, {}, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if self.depth == 0:
            if a.get("id") == self.scope:
                self.depth = 1
            return
        if tag in ("section", "div", "form", "details", "ul", "li", "span", "label", "select", "textarea", "datalist", "p", "small", "strong", "button"):
            self.depth += 1
        if tag == "input" and a.get("name") and a.get("type") not in ("checkbox", "radio", "file", "submit"):
            self.fields[a["name"]] = a.get("value") or ""
        elif tag == "input" and a.get("type") == "checkbox" and "checked" in a:
            self.fields[a["name"]] = a.get("value") or "true"
        elif tag == "select":
            self._select = a.get("name")
        elif tag == "option" and self._select and ("selected" in a or self._select not in self.fields):
            self.fields[self._select] = a.get("value") or ""
        elif tag == "textarea":
            self._textarea = a.get("name")
            self.fields[self._textarea] = ""

    def handle_data(self, data):
        if self._textarea:
            self.fields[self._textarea] += data

    def handle_endtag(self, tag):
        if self.depth == 0:
            return
        if tag == "select":
            self._select = None
        if tag == "textarea":
            self._textarea = None
        if tag in ("section", "div", "form", "details", "ul", "li", "span", "label", "select", "textarea", "datalist", "p", "small", "strong", "button"):
            self.depth -= 1


def fields_of(page_html, scope):
    parser = FormFields(scope)
    parser.feed(page_html)
    return {k: html.unescape(v) for k, v in parser.fields.items()}


def main():
    c = Client()
    status, headers, body = c.get("/healthz/ready")
    check("ready through nginx", status == 200, f"{status} {body[:200]!r}")
    status, headers, body = c.get("/dang-nhap")
    csp = headers.get("Content-Security-Policy", "")
    check("sign-in page has CSP without inline script", status == 200 and "script-src 'self'" in csp and "unsafe-inline'; img" not in csp.split("script-src")[1][:30], csp)
    check("static file served by nginx", c.get("/js/site.js")[0] == 200)

    # Sign in on node 1 (its anti-forgery cookie came from whichever node served the form).
    sign_in_token = token(body.decode())
    c.on_node(NODE1)
    status, headers, _ = c.post_form("/dang-nhap", {"UserName": "hieutruong.dinhphuoc", "Password": "Demo@2024", "__RequestVerificationToken": sign_in_token})
    check("sign-in on node 1", status == 302 and headers.get("X-Upstream") == NODE1, f"{status} via {headers.get('X-Upstream')}")
    set_cookie = " ".join(headers.get_all("Set-Cookie") or []) if hasattr(headers, "get_all") else ""
    check("sign-in cookie is Secure and HttpOnly behind TLS", "caitien.auth" in set_cookie and "secure" in set_cookie.lower() and "httponly" in set_cookie.lower(), set_cookie[:200])

    # The plan of Định Phước, still a draft: save a row on node 2.
    _, _, home = c.get("/truong")
    ids = re.findall(r'href="/ke-hoach/(\d+)"', home.decode())
    check("school home lists the plan (cookie accepted by the other node)", bool(ids))
    if not ids:
        return
    plan_id = ids[0]
    c.on_node(NODE2)
    status, headers, editor = c.get(f"/ke-hoach/{plan_id}/soan")
    check("editor opens on node 2", status == 200 and headers.get("X-Upstream") == NODE2, f"{status} via {headers.get('X-Upstream')}")
    editor = editor.decode()
    hx = re.search(r'"X-CSRF-TOKEN": "([^"]+)"', editor)
    row_ids = re.findall(r'data-row-id="(\d+)"', editor)
    if not (hx and row_ids):
        check("editor has rows and a token", False)
        return
    fields = fields_of(editor, f"row-{row_ids[0]}")
    marker = f"Kiểm thử nhiều máy {uuid.uuid4().hex[:8]}"
    fields["TargetResult"] = marker
    c.on_node(NODE2)
    status, headers, _ = c.post_form(f"/ke-hoach/{plan_id}/soan?handler=Row", fields, {"X-CSRF-TOKEN": hx.group(1), "HX-Request": "true"})
    check("row saved on node 2", status == 200 and headers.get("X-Upstream") == NODE2, f"{status} via {headers.get('X-Upstream')}")
    c.on_node(NODE1)
    status, headers, details = c.get(f"/ke-hoach/{plan_id}")
    check("saved row shown by node 1", status == 200 and marker in details.decode(), f"{status} via {headers.get('X-Upstream')}")

    # Issue the plan, then file evidence on node 2 and download it from both nodes.
    status, _, _ = c.post_form(f"/ke-hoach/{plan_id}?handler=Issue", {"confirmed": "true", "__RequestVerificationToken": token(details.decode())})
    check("plan issued", status == 302, str(status))
    row_id = row_ids[0]
    status, _, row_page = c.get(f"/tien-do/dong/{row_id}")
    row_html = row_page.decode()
    pdf = f"%PDF-1.4\n% smoke {uuid.uuid4()}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".encode()
    c.on_node(NODE2)
    status, headers, uploaded = c.post_multipart(f"/tien-do/dong/{row_id}?handler=Upload",
                                                 {"__RequestVerificationToken": token(row_html) or "", "title": "Biên bản kiểm thử"}, "upload", "bien-ban-kiem-thu.pdf", pdf)
    file_ids = re.findall(r"handler=File&amp;fileId=(\d+)|handler=File&fileId=(\d+)", uploaded.decode())
    check("evidence uploaded on node 2", status == 200 and headers.get("X-Upstream") == NODE2 and bool(file_ids), f"{status} via {headers.get('X-Upstream')}")
    if file_ids:
        file_id = max(int(a or b) for a, b in file_ids)
        for node, name in ((NODE1, "node 1"), (NODE2, "node 2")):
            c.on_node(node)
            status, headers, content = c.get(f"/ke-hoach/{plan_id}/minh-chung?handler=File&fileId={file_id}")
            check(f"evidence downloads from {name} unchanged", status == 200 and hashlib.sha256(content).digest() == hashlib.sha256(pdf).digest()
                  and headers.get("X-Content-Type-Options") == "nosniff", f"{status} via {headers.get('X-Upstream')}")

    # Publish (node 1), then the public page from both nodes.
    _, _, review = c.get(f"/ke-hoach/{plan_id}/tham-dinh")
    c.on_node(NODE1)
    status, _, _ = c.post_form(f"/ke-hoach/{plan_id}/tham-dinh?handler=Publish", {"__RequestVerificationToken": token(review.decode())})
    check("plan published", status == 302, str(status))
    anonymous = Client()
    for node, name in ((NODE2, "node 2"), (NODE1, "node 1")):
        anonymous.on_node(node)
        status, headers, public = anonymous.get("/cong-khai/THDP")
        check(f"public page of the school shows the publication on {name}", status == 200 and "56/KH" in public.decode() and "chưa công khai" not in public.decode().lower(),
              f"{status} via {headers.get('X-Upstream')}")

    # Figure: the plan page through nginx with both nodes (measured again below with one node).
    two_nodes, two_errors = throughput(c, f"/ke-hoach/{plan_id}")

    # A stream of progress saves; node 2 is killed (SIGKILL) a third of the way through.
    note_token = token(c.get(f"/tien-do/dong/{row_id}")[2].decode())
    status_value = re.search(r'<select id="status" name="status"[^>]*>\s*<option value="([^"]+)"', row_html)
    acknowledged, after_kill = [], []
    for i in range(30):
        if i == 10:
            os.kill(int(open(NODE2_PID).read().strip()), signal.SIGKILL)
        note = f"smoke-save-{i}-{uuid.uuid4().hex[:6]}"
        status, _, _ = c.post_form(f"/tien-do/dong/{row_id}?handler=Update",
                                   {"status": status_value.group(1) if status_value else "InProgress", "percent": str(min(100, 40 + i)), "note": note,
                                    "__RequestVerificationToken": note_token})
        if status == 200:
            acknowledged.append(note)
            if i >= 10:
                after_kill.append(note)
    _, _, history = c.get(f"/tien-do/dong/{row_id}")
    history = history.decode()
    lost = [n for n in acknowledged if n not in history]
    check("no acknowledged save lost when a node is killed", acknowledged and not lost, f"{len(lost)} of {len(acknowledged)} lost")
    check("the other node keeps serving after the kill", len(after_kill) >= 18, f"{len(after_kill)} of 20 saves after the kill acknowledged")
    status, _, _ = c.get("/healthz/ready")
    check("ready through nginx with one node", status == 200, str(status))
    one_node, one_errors = throughput(c, f"/ke-hoach/{plan_id}")
    print(f"  figure plan page through nginx, 8 connections: two nodes {two_nodes:.1f} req/s, one node {one_node:.1f} req/s, "
          f"ratio {two_nodes / max(one_node, 0.001):.2f}")
    check("plan page under load through nginx without errors (two nodes, then one)", two_errors == 0 and one_errors == 0,
          f"{two_errors} errors with two nodes, {one_errors} with one")


if __name__ == "__main__":
    try:
        main()
    except Exception as e:  # a crash of the client is a failed smoke run, reported like a check
        check("smoke client ran to the end", False, repr(e))
    sys.exit(min(failures, 100))
