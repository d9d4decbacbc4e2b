"""The grid's model on its own: Qt's model rules, the words in the status column, filtering, progress."""

from decimal import Decimal

from pytestqt.modeltest import ModelTester

from models.round import Round, RoundRow
from ui.round.model import RoundFilter, RoundModel


def building() -> Round:
    rows = [
        RoundRow(
            1, 1, "1", 1, 1, "30000001", "B10-0001", 5, "single", ("single",), Decimal(100), Decimal(90)
        ),
        RoundRow(2, 2, "2", 1, 1, "30000002", "B10-0002", 5, "day", ("day", "night"), Decimal(500), None),
        RoundRow(2, 2, "2", 1, 1, "30000002", "B10-0002", 5, "night", ("day", "night"), Decimal(300), None),
        RoundRow(3, 3, "12", 1, 2, "30000012", "OLD-4", 4, "single", ("single",), Decimal(9990), Decimal(80)),
    ]
    return Round(7, "ул. Ленина, д. 10", "2026-03", rows)


def test_the_model_keeps_qts_rules(qtmodeltester: ModelTester) -> None:
    model = RoundModel()
    model.set_round(building())
    qtmodeltester.check(model)
    proxy = RoundFilter()
    proxy.setSourceModel(model)
    proxy.set_text("2")
    qtmodeltester.check(proxy)


def test_typed_values_are_judged_and_only_good_ones_asked_to_be_saved() -> None:
    model = RoundModel()
    model.set_round(building())
    asked: list[tuple[int, object]] = []
    model.save_requested.connect(lambda row, value: asked.append((row, value)))
    assert not model.setData(model.index(0, RoundModel.NEW), "1o5")
    assert model.status_text(0) == "Not saved: Please type digits only."
    assert not model.setData(model.index(0, RoundModel.NEW), "99")
    assert "less than the previous reading" in model.status_text(0)
    assert model.setData(model.index(3, RoundModel.NEW), "5")  # 9990 -> 0005 on a 4-digit dial
    assert asked == [(3, Decimal(5))]
    assert model.data(model.index(3, RoundModel.CONSUMPTION)) == "15"
    model.rows[3].state = "waiting"
    model.saving.clear()
    assert model.status_text(3) == (
        "Saved, waiting to be sent. The meter went past its last number and started again; that is fine."
    )


def test_filter_progress_and_next_empty() -> None:
    model = RoundModel()
    model.set_round(building())
    proxy = RoundFilter()
    proxy.setSourceModel(model)
    proxy.set_text("2")
    assert proxy.rowCount() == 2  # flat 2 exactly, not flat 12
    proxy.set_text("old")
    assert proxy.rowCount() == 1  # any part of a serial
    proxy.set_text("")
    assert model.progress() == (0, 3)
    model.rows[1].value = Decimal(510)
    assert model.progress() == (0, 3)  # half a meter is not a meter
    model.rows[2].value = Decimal(310)
    assert model.progress() == (1, 3)
    assert model.next_empty(0) == 3
    assert model.next_empty(3) == 0


def test_a_calendar_refusal_is_said_in_the_apps_words_with_its_dates() -> None:
    from datetime import date

    model = RoundModel()
    model.set_round(building())
    row = model.rows[0]
    row.state, row.code, row.taken_on = "rejected", "outside_window", date(2026, 3, 3)
    row.message = "A reading taken on 03.03.2026 is not accepted: that month readings are taken from ..."
    text = model.status_text(0)
    assert text.startswith("Not accepted: The reading was taken on 3 March 2026.")
    assert "from 15 to 25 March" in text and "03.03.2026" not in text
