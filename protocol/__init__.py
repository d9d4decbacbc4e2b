"""What the app and the server share: wire schemas and the pure domain rules.

Both sides import this package, so the preliminary cost of a reading and the verdict on a reading are
computed by the same code on the desktop and on the server. Nothing here does I/O.
"""

VERSION = 2
"""The wire contract's version. The app sends it on every request (`VERSION_HEADER`); a server that no
longer speaks it answers 426 with the code `outdated_client`."""
VERSION_HEADER = "X-Protocol-Version"
