from tests.sync.conftest import connect

__all__ = ["connect"]
