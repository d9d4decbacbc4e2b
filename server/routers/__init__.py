"""The routes, one router per area (its OpenAPI tag); `server.main` includes them in this order."""

from fastapi import APIRouter

from server.routers import (
    accounts,
    acquirer,
    applications,
    auth,
    bills,
    caretaker,
    health,
    me,
    meters,
    payments,
    reference,
    sms,
    sync,
)

# The order is the OpenAPI document's.
ROUTERS: tuple[APIRouter, ...] = (
    auth.router,
    me.router,
    reference.router,
    accounts.router,
    meters.router,
    bills.router,
    payments.router,
    acquirer.router,
    applications.router,
    caretaker.router,
    sync.router,
    sms.router,
    health.router,
)
