#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""ctest's wordpress/smoke: the fixture's WordPress answers its REST API as
the publishing tests expect it to.

With the application password of the folder COPYDESK_TEST_WORDPRESS_DIR
names (tests/support/wordpress-site.sh writes it): the user is "editor" in
the edit context, a draft post is made and read back, through /wp-json/ and
through ?rest_route= alike, and removed again.

Without a site it exits 77, which ctest counts as a skip, except under
CI=true, where a skip is not a pass: there it fails.
"""
import base64
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request


def missing(why):
    if os.environ.get("CI") == "true":
        sys.exit(f"Missing under CI: {why}")
    print(f"SKIP: {why}")
    sys.exit(77)


def read(folder, name):
    with open(os.path.join(folder, name), encoding="utf-8") as file:
        return file.read().strip()


def main():
    folder = os.environ.get("COPYDESK_TEST_WORDPRESS_DIR", "")
    if not folder or not os.path.isfile(os.path.join(folder, "address")):
        missing(f"no WordPress test site: COPYDESK_TEST_WORDPRESS_DIR ({folder!r}) holds no "
                "address; ctest's wordpress fixture starts one")
    address = read(folder, "address")
    user = read(folder, "user")
    token = base64.b64encode(f"{user}:{read(folder, 'app-password')}".encode()).decode()

    def call(method, url, body=None, authorized=True):
        request = urllib.request.Request(url, method=method)
        if authorized:
            request.add_header("Authorization", f"Basic {token}")
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, data, timeout=30) as response:
                return response.status, json.loads(response.read() or b"null")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(errors="replace")

    def check(condition, what):
        if not condition:
            sys.exit(f"FAIL: {what}")
        print(f"ok: {what.split(':')[0]}")

    status, me = call("GET", f"{address}/wp-json/wp/v2/users/me?context=edit")
    check(status == 200, f"GET users/me?context=edit answers 200: {status} {me}")
    check(me.get("name") == "editor" and me.get("username") == user,
          f"the application password is editor's: {me.get('name')!r}, {me.get('username')!r}")
    check("administrator" in me.get("roles", []), f"editor may publish: {me.get('roles')}")

    title = "Copydesk smoke draft"
    status, made = call("POST", f"{address}/wp-json/wp/v2/posts",
                        {"title": title, "content": "<p>A paragraph.</p>", "status": "draft"})
    check(status == 201, f"POST posts makes a draft: {status} {made}")
    post = made["id"]
    try:
        status, back = call("GET", f"{address}/wp-json/wp/v2/posts/{post}?context=edit")
        check(status == 200 and back["status"] == "draft" and back["title"]["raw"] == title,
              f"the draft reads back through /wp-json/: {status} {back}")

        query = urllib.parse.urlencode({"rest_route": f"/wp/v2/posts/{post}", "context": "edit"})
        status, again = call("GET", f"{address}/?{query}")
        check(status == 200 and again["id"] == post and again["status"] == "draft",
              f"the draft reads back through ?rest_route=: {status} {again}")

        status, public = call("GET", f"{address}/?rest_route=/wp/v2/posts", authorized=False)
        check(status == 200 and isinstance(public, list)
              and all(item["id"] != post for item in public),
              f"?rest_route=/wp/v2/posts answers and keeps drafts to itself: {status} {public}")
    finally:
        status, _ = call("DELETE", f"{address}/wp-json/wp/v2/posts/{post}?force=true")
    check(status == 200, f"the draft is removed again: {status}")


if __name__ == "__main__":
    main()
