"""A meter's readings: the list, sending one, pricing one before it is sent."""

from fastapi import APIRouter

from protocol import schemas as s
from server import access, push
from server import meters as meters_service
from server.deps import Database, Db, Household, IdPath, Me, Settings, Token

router = APIRouter(prefix="/api/v1", tags=["meters"])


@router.get("/accounts/{account_id}/meters", response_model=list[s.MeterOut])
def meters(account_id: IdPath, sess: Db, settings: Settings, customer: Household) -> list[s.MeterOut]:
    access.link_of(sess, customer, account_id)
    return meters_service.of_account(sess, settings, account_id)


@router.get("/meters/{meter_id}/readings", response_model=list[s.ReadingOut])
def meter_readings(meter_id: IdPath, sess: Db, customer: Me) -> list[s.ReadingOut]:
    access.meter_for(sess, customer, meter_id)
    return meters_service.readings_of(sess, meter_id)


@router.post("/meters/{meter_id}/readings", response_model=s.PushResult)
def submit_reading(
    meter_id: IdPath, body: s.ReadingSubmitIn, database: Database, settings: Settings, token: Token
) -> s.PushResult:
    """One reading, as a push of one item (its own transaction, run again if it loses a deadlock)."""
    item = s.ReadingItem(
        kind="reading", uuid=body.uuid, meter_id=meter_id, values=body.values, taken_on=body.taken_on
    )
    return push.push_as(database, settings, token, [item])[0]


@router.post("/meters/{meter_id}/quote", response_model=s.QuoteOut)
def meter_quote(
    meter_id: IdPath, body: s.ReadingValuesIn, sess: Db, settings: Settings, customer: Me
) -> s.QuoteOut:
    """The preliminary cost of a reading before it is sent (the app computes the same offline)."""
    meter = access.meter_for(sess, customer, meter_id)
    return meters_service.quote(sess, settings, meter, dict(body.values))
