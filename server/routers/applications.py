"""A household's applications and complaints: send one, list them, read one."""

from fastapi import APIRouter

from protocol import schemas as s
from server import applications as applications_service
from server import push
from server.deps import Db, Household, IdPath, Settings

router = APIRouter(prefix="/api/v1/applications", tags=["applications"])


@router.post("", response_model=s.PushResult)
def create_application(
    body: s.ApplicationIn, sess: Db, settings: Settings, customer: Household
) -> s.PushResult:
    # The application's UUID is its one idempotency key, the same as in a push: sent here and retried
    # through a push (or the other way round), it is stored once.
    item = s.ApplicationItem(kind="application", uuid=body.uuid, application=body)
    return push.push(sess, settings, customer, [item])[0]


@router.get("", response_model=list[s.ApplicationOut])
def applications(sess: Db, customer: Household) -> list[s.ApplicationOut]:
    return applications_service.of_customer(sess, customer)


@router.get("/{application_id}", response_model=s.ApplicationOut)
def application(application_id: IdPath, sess: Db, customer: Household) -> s.ApplicationOut:
    return applications_service.one(sess, customer, application_id)
