"""Readings sent by SMS, as the SMS gateway posts them."""

from fastapi import APIRouter, Request

from protocol import schemas as s
from server import sms_inbound as sms_inbound_service
from server.deps import Database, Settings

router = APIRouter(prefix="/api/v1/sms", tags=["sms"])


@router.post("/inbound", response_model=s.SmsInboundOut)
def sms_inbound(
    body: s.SmsInboundIn, request: Request, database: Database, settings: Settings
) -> s.SmsInboundOut:
    sms_inbound_service.check_gateway(settings, request.headers.get("x-gateway-secret", ""))
    # Its own transaction, as a push's, run again if PostgreSQL gives it up for a deadlock.
    return database.retried(lambda sess: sms_inbound_service.receive(sess, settings, body))
