"""A caretaker's buildings, their flats and meters."""

from fastapi import APIRouter

from protocol import schemas as s
from server import access, caretaker
from server import meters as meters_service
from server.deps import Caretaker, Db, IdPath, Settings

router = APIRouter(prefix="/api/v1/buildings", tags=["caretaker"])


@router.get("", response_model=list[s.BuildingOut])
def buildings(sess: Db, customer: Caretaker) -> list[s.BuildingOut]:
    return caretaker.buildings(sess, customer)


@router.get("/{building_id}/flats", response_model=list[s.FlatOut])
def flats(building_id: IdPath, sess: Db, customer: Caretaker) -> list[s.FlatOut]:
    access.building_for(sess, customer, building_id)
    return caretaker.flats(sess, building_id)


@router.get("/{building_id}/meters", response_model=list[s.MeterOut])
def building_meters(
    building_id: IdPath, sess: Db, settings: Settings, customer: Caretaker
) -> list[s.MeterOut]:
    access.building_for(sess, customer, building_id)
    return meters_service.of_building(sess, settings, building_id)
