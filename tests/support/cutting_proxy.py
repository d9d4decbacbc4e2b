"""A loopback TCP proxy that delivers each request to the server and then drops the response.

This is the worst moment for a client: the server has committed, the client saw nothing.
"""

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager


def _serve(listener: socket.socket, target: tuple[str, int], delivered: list[int]) -> None:
    while True:
        try:
            client, _ = listener.accept()
        except OSError:
            return
        with client:
            data = b""
            client.settimeout(10)
            while b"\r\n\r\n" not in data:
                chunk = client.recv(65536)
                if not chunk:
                    break
                data += chunk
            head, _, body = data.partition(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            while len(body) < length:
                body += client.recv(65536)
            with socket.create_connection(target, timeout=30) as upstream:
                upstream.sendall(head + b"\r\n\r\n" + body)
                response = b""
                while True:
                    chunk = upstream.recv(65536)
                    if not chunk:
                        break
                    response += chunk
                    if b"\r\n\r\n" in response:
                        break
            delivered.append(len(response))
            # The server has answered; the client never hears it.
            client.shutdown(socket.SHUT_RDWR)


@contextmanager
def cutting_proxy(target_port: int) -> Iterator[tuple[str, list[int]]]:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    delivered: list[int] = []
    thread = threading.Thread(
        target=_serve, args=(listener, ("127.0.0.1", target_port), delivered), daemon=True
    )
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}", delivered
    finally:
        listener.close()
        thread.join(timeout=5)
