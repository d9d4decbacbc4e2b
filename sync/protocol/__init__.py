"""What the app and the server share: wire schemas and the pure domain rules.

Both sides import this package, so the preliminary cost of a reading and the verdict on a reading are
computed by the same code on the desktop and on the server. Nothing here does I/O.
"""
