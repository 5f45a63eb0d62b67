#!/usr/bin/env python3
"""A CI check against the Diameter Harness standalone server, with Python's standard library only.

It tells the server to reject every Credit-Control-Request with 5005 DIAMETER_MISSING_AVP naming
Subscription-Id in a Failed-AVP, runs the client under test, then reads the server's journal and
checks that the client sent a CCR and got exactly that answer.

    java -jar standalone/target/diameter-harness-standalone.jar &
    python3 standalone/examples/ci_check.py http://127.0.0.1:8082 -- ./my-charging-client --ocs 127.0.0.1:3868

Exit status 0 when the check holds, 1 when it does not (with the reason), 2 on usage errors.
"""
import json
import subprocess
import sys
import urllib.error
import urllib.request


def admin(base, method, path, body=None):
    """Calls the admin API; returns the decoded JSON, or raises with the server's error message."""
    data = None if body is None else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(base + "/__admin" + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as e:
        raise SystemExit("admin API %s %s: %s %s" % (method, path, e.code, e.read().decode("utf-8")))


def fail(message):
    print("FAILED: " + message, file=sys.stderr)
    sys.exit(1)


def main(argv):
    if len(argv) < 4 or argv[2] != "--":
        print(__doc__, file=sys.stderr)
        return 2
    base, client = argv[1].rstrip("/"), argv[3:]

    # 1. Start from a clean server, then script it: every CCR is answered 5005 with a Failed-AVP.
    admin(base, "POST", "/reset")
    admin(base, "POST", "/rules", {
        "name": "reject CCR: Subscription-Id missing",
        "request": {"command": "CCR"},
        "action": {"answer": {"resultCode": "DIAMETER_MISSING_AVP",
                              "failedAvps": ["Subscription-Id"],
                              "errorMessage": "Subscription-Id is required"}}})

    # 2. Run the client under test.
    run = subprocess.run(client, capture_output=True, text=True, timeout=120)
    print(run.stdout, end="")
    print(run.stderr, end="", file=sys.stderr)

    # 3. Read what the server received and sent, and check it.
    ccrs = admin(base, "GET", "/journal?command=CCR")["entries"]
    if not ccrs:
        fail("the client sent no Credit-Control-Request")
    ccas = admin(base, "GET", "/journal?command=CCA")["entries"]
    if len(ccas) != len(ccrs):
        fail("%d CCR but %d CCA in the journal" % (len(ccrs), len(ccas)))
    for cca in ccas:
        if cca.get("resultCode") != 5005:
            fail("CCA with Result-Code %s, expected 5005" % cca.get("resultCode"))
        failed = [a for a in cca["avps"] if a.get("name") == "Failed-AVP"]
        inside = [c.get("name") for f in failed for c in f.get("avps", [])]
        if inside != ["Subscription-Id"]:
            fail("CCA Failed-AVP holds %s, expected Subscription-Id" % inside)
    if run.returncode == 0:
        fail("the client exited 0 although every CCR was rejected with 5005")
    print("OK: %d CCR answered 5005 with Failed-AVP Subscription-Id; the client exited %d"
          % (len(ccrs), run.returncode))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
