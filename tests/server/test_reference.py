"""What every client needs: the supplier's requisites (for receipts and QR codes), tariffs, news."""

from decimal import Decimal

from tests.support.live_server import Api


def test_supplier_requisites(anon: Api) -> None:
    supplier = anon.get("/api/v1/supplier").json()
    assert len(supplier["inn"]) == 10 and len(supplier["kpp"]) == 9 and len(supplier["bic"]) == 9
    assert len(supplier["settlement_account"]) == 20 and len(supplier["correspondent_account"]) == 20
    assert supplier["name"] and supplier["bank_name"]


def test_tariffs_and_a_quote_with_a_band(anon: Api) -> None:
    tariffs = anon.get("/api/v1/tariffs").json()
    assert {t["zone_count"] for t in tariffs} == {1, 2, 3}
    assert {t["group"] for t in tariffs} == {"urban", "electric_stove", "rural"}
    body = {"group": "urban", "zone_count": 1, "consumption": {"single": "350"}, "on": "2026-03-01"}
    quote = anon.post("/api/v1/tariffs/quote", json=body).json()
    assert [line["band_upto_kwh"] for line in quote["lines"]] == ["300.000", None]
    assert Decimal(quote["total"]) == sum(Decimal(line["amount"]) for line in quote["lines"])
    refused = anon.post("/api/v1/tariffs/quote", json={**body, "group": "martian"})
    assert refused.status_code == 400 and refused.json()["detail"]["code"] == "no_tariff"
    wrong_zone = anon.post("/api/v1/tariffs/quote", json={**body, "consumption": {"day": "1"}})
    assert wrong_zone.status_code == 400


def test_news_newest_first(anon: Api) -> None:
    news = anon.get("/api/v1/news").json()
    assert len(news) == 3
    assert [n["published_at"] for n in news] == sorted((n["published_at"] for n in news), reverse=True)
