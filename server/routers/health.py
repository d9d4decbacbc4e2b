"""Whether the server answers, and what day it thinks it is (tests and demos pin the clock)."""

from fastapi import APIRouter

from server.deps import Settings

router = APIRouter(prefix="/api/v1", tags=["health"])


@router.get("/health", response_model=dict[str, str])
def health(settings: Settings) -> dict[str, str]:
    return {"status": "ok", "today": settings.today().isoformat()}
