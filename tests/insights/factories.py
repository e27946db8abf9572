"""Texts and entries for the insights tests: a telemedicine project, a reworded copy of it, and an
unrelated farming project."""

from tests.factories import EntryFactory

TELEMEDICINE_TITLE = "Telemedicine for rural health posts in the Andes"
TELEMEDICINE = (
    "Nurses in 120 remote health posts in the Peruvian highlands connect to specialist doctors at the "
    "regional hospital by video. Patients with diabetes, high blood pressure and pregnancy complications "
    "are examined without travelling for two days. The electronic health record is shared between the "
    "health post and the hospital, and 38,500 teleconsultations took place in 2024."
)
REWORDED_TITLE = "Specialist video consultations for Andean health posts"
REWORDED = (
    "In the Peruvian highlands, nurses working in 120 isolated health posts now reach specialist doctors "
    "of the regional hospital through video calls. Pregnant women and patients with diabetes or high blood "
    "pressure are seen without a two-day journey. Health post and hospital share one electronic health "
    "record; 38,500 teleconsultations were held in 2024."
)
FARMING_TITLE = "Price alerts by text message for smallholder farmers"
FARMING = (
    "Smallholder farmers in Malawi receive weekly SMS alerts with market prices for maize, soya and "
    "groundnuts, and weather forecasts for planting. Agricultural extension officers answer questions "
    "about pests and fertiliser through a free hotline. 64,000 farmers are registered and report better "
    "prices for their harvest."
)


def published_entry(title, description, lines=("C7.4",), sdgs=(3,), **kwargs):
    return EntryFactory(
        title=title,
        description=f"<p>{description}</p>",
        tags={"action_lines": list(lines), "sdgs": list(sdgs)},
        **kwargs,
    )
