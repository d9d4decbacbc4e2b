"""Walk an application's accessibility tree over at-spi, as a screen reader (Orca) sees it, and print
each node as a JSON line. Runs under the system's Python with Debian's python3-pyatspi, not the
project's venv: `python3 atspi_walk.py APP-NAME TIMEOUT`.

Each line: {"role": ..., "name": ..., "description": ..., "actions": [...], "states": [...],
"editable": bool, "path": [...]} for every node under the application, hidden pages included.
"""

import json
import sys
import time

import pyatspi


def find(app_name: str, timeout: float) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            child = desktop.getChildAtIndex(index)
            if child is not None and app_name.lower() in (child.name or "").lower():
                return child
        time.sleep(0.5)
    sys.exit(f"no application {app_name!r} on the accessibility bus")


def actions(node: object) -> list[str]:
    try:
        action = node.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(i) for i in range(action.nActions)]


def editable(node: object) -> bool:
    try:
        node.queryEditableText()
    except NotImplementedError:
        return False
    return True


def walk(node: object, path: list[str], depth: int = 0) -> None:
    if depth > 60:
        return
    states = [pyatspi.stateToString(s) for s in node.getState().getStates()]
    print(
        json.dumps(
            {
                "role": node.getRoleName(),
                "name": node.name or "",
                "description": node.description or "",
                "actions": actions(node),
                "states": states,
                "editable": editable(node),
                "path": path,
            },
            ensure_ascii=False,
        ),
        flush=True,
    )
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            walk(child, [*path, f"{child.getRoleName()}:{child.name or ''}"], depth + 1)


def main() -> None:
    app = find(sys.argv[1], float(sys.argv[2]))
    # Wait until the main window is there (the app's first window may be the starting one).
    deadline = time.monotonic() + float(sys.argv[2])
    while time.monotonic() < deadline:
        children = [app.getChildAtIndex(i) for i in range(app.childCount)]
        names = [child.name or "" for child in children if child is not None]
        if any("—" in name for name in names):
            break
        time.sleep(0.5)
    time.sleep(3.0)  # the pages fill in from the cache
    walk(app, [])


if __name__ == "__main__":
    main()
