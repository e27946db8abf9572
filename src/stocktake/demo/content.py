# ruff: noqa: E501  (long lines are prose data)
"""Deterministic demo *content* for Stocktake, as plain Python dicts.

Pure Python, standard library only (no Django). Everything here is invented for demonstration:
organisation names outside the Türkiye coordination case are fictional, people are fictional,
every web address and e-mail uses a reserved ``.example`` domain, and all texts were written for
this module. Real country names and the official names of Turkish public bodies are used as
reference data.

Public API
----------
- ``organisations()`` / ``ORGANISATIONS``: about 320 organisations in 140+ countries.
- ``TURKIYE_ORGANISATIONS`` and ``TURKIYE_FOCAL_POINT``: the 22 recipients of BTK's 2026 call.
- ``entries(n, seed=2026)``: n stocktaking entries, identical for identical (n, seed).
- ``prize_submission(entry, rng_seed)``: WSIS Prizes questionnaire answers for one entry.
- ``women_in_tech_profiles()`` and ``photo_contest_entries()``: special repositories.

Every random choice goes through a local ``random.Random``; the global generator is never used.
"""

from __future__ import annotations

import math
import random
import re
import unicodedata
import zlib
from bisect import bisect
from collections.abc import Iterator
from datetime import date, timedelta
from itertools import accumulate

# --------------------------------------------------------------------------------------------
# Reference data
# --------------------------------------------------------------------------------------------

ITU_REGIONS = {
    "AFR": "Africa",
    "AMS": "Americas",
    "ARB": "Arab States",
    "ASP": "Asia and the Pacific",
    "CIS": "CIS",
    "EUR": "Europe",
}

STAKEHOLDER_TYPES = [
    "government",
    "private-sector",
    "civil-society",
    "academia",
    "international-organization",
    "technical-community",
    "other",
]

ACTION_LINES = {
    "C1": "The role of public governance authorities and all stakeholders in the promotion of ICTs for development",
    "C2": "Information and communication infrastructure",
    "C3": "Access to information and knowledge",
    "C4": "Capacity building",
    "C5": "Building confidence and security in the use of ICTs",
    "C6": "Enabling environment",
    "C7.1": "ICT applications: E-government",
    "C7.2": "ICT applications: E-business",
    "C7.3": "ICT applications: E-learning",
    "C7.4": "ICT applications: E-health",
    "C7.5": "ICT applications: E-employment",
    "C7.6": "ICT applications: E-environment",
    "C7.7": "ICT applications: E-agriculture",
    "C7.8": "ICT applications: E-science",
    "C8": "Cultural diversity and identity, linguistic diversity and local content",
    "C9": "Media",
    "C10": "Ethical dimensions of the Information Society",
    "C11": "International and regional cooperation",
}

# Same slugs as taxonomy/data/action_lines.json.
SUBTOPICS = {
    "C1": ["national-e-strategies", "public-private-partnerships", "e-participation", "digital-policy-coordination"],
    "C2": [
        "broadband-infrastructure",
        "universal-access-and-service",
        "rural-and-remote-connectivity",
        "public-access-points",
        "connecting-institutions",
    ],
    "C3": [
        "public-information-and-open-data",
        "libraries-and-archives",
        "open-access",
        "open-source-software",
        "accessibility",
    ],
    "C4": [
        "digital-literacy",
        "advanced-ict-skills",
        "teacher-training",
        "inclusive-digital-skills",
        "institutional-capacity",
    ],
    "C5": [
        "legal-measures",
        "technical-and-procedural-measures",
        "organisational-structures",
        "capacity-building",
        "international-cooperation",
        "child-online-protection",
    ],
    "C6": [
        "policy-and-regulation",
        "internet-governance",
        "investment-and-competition",
        "spectrum-management",
        "consumer-and-data-protection",
        "standards-and-interoperability",
    ],
    "C7.1": ["online-public-services", "digital-identity", "digital-public-infrastructure", "open-government"],
    "C7.2": ["e-commerce-and-digital-trade", "digital-payments", "msme-digitalisation", "digital-entrepreneurship"],
    "C7.3": ["online-and-distance-learning", "ict-in-schools", "digital-learning-resources", "lifelong-learning"],
    "C7.4": ["telemedicine", "health-information-systems", "mobile-health", "disease-surveillance"],
    "C7.5": ["job-matching", "telework", "platform-work", "employability-skills"],
    "C7.6": ["environmental-monitoring", "early-warning-and-disaster-management", "e-waste", "green-ict"],
    "C7.7": ["advisory-services", "precision-agriculture", "market-access", "traceability"],
    "C7.8": ["research-networks", "open-science", "scientific-computing", "citizen-science"],
    "C8": ["local-content", "multilingualism", "indigenous-languages", "digital-heritage"],
    "C9": [
        "media-freedom-and-pluralism",
        "digital-broadcasting",
        "media-and-information-literacy",
        "community-media",
        "information-integrity",
    ],
    "C10": ["human-rights-online", "privacy-and-dignity", "ethics-of-ai", "preventing-abusive-uses"],
    "C11": [
        "regional-initiatives",
        "development-financing",
        "south-south-cooperation",
        "knowledge-sharing",
        "ict-measurement",
    ],
}

SDG_NAMES = {
    1: "No Poverty",
    2: "Zero Hunger",
    3: "Good Health and Well-being",
    4: "Quality Education",
    5: "Gender Equality",
    6: "Clean Water and Sanitation",
    7: "Affordable and Clean Energy",
    8: "Decent Work and Economic Growth",
    9: "Industry, Innovation and Infrastructure",
    10: "Reduced Inequalities",
    11: "Sustainable Cities and Communities",
    12: "Responsible Consumption and Production",
    13: "Climate Action",
    14: "Life Below Water",
    15: "Life on Land",
    16: "Peace, Justice and Strong Institutions",
    17: "Partnerships for the Goals",
}

GDC_OBJECTIVES = {
    1: "Close all digital divides and accelerate progress across the SDGs",
    2: "Expand inclusion in and benefits from the digital economy for all",
    3: "Foster an inclusive, open, safe and secure digital space that respects, protects and promotes human rights",
    4: "Advance responsible, equitable and interoperable data governance approaches",
    5: "Enhance international governance of artificial intelligence for the benefit of humanity",
}

# iso2, short name, name used after "of" in government names, ITU region, naming cluster,
# population (millions, rounded), local languages, places (cities or provinces).
_COUNTRY_ROWS = [
    # Africa
    ("KE", "Kenya", "Kenya", "AFR", "EA", 55, ["Swahili"], ["Nairobi", "Kisumu", "Mombasa", "Nakuru", "Garissa"]),
    (
        "NG",
        "Nigeria",
        "Nigeria",
        "AFR",
        "WA",
        220,
        ["Hausa", "Yoruba", "Igbo"],
        ["Lagos", "Kano", "Enugu", "Ibadan", "Jos"],
    ),
    ("GH", "Ghana", "Ghana", "AFR", "WA", 34, ["Twi", "Ewe", "Dagbani"], ["Accra", "Kumasi", "Tamale", "Cape Coast"]),
    (
        "ZA",
        "South Africa",
        "South Africa",
        "AFR",
        "EA",
        62,
        ["isiZulu", "isiXhosa", "Sesotho"],
        ["Johannesburg", "Durban", "Gqeberha", "Polokwane"],
    ),
    (
        "ET",
        "Ethiopia",
        "Ethiopia",
        "AFR",
        "EA",
        125,
        ["Amharic", "Afaan Oromo", "Tigrinya"],
        ["Addis Ababa", "Bahir Dar", "Hawassa", "Adama"],
    ),
    (
        "UG",
        "Uganda",
        "Uganda",
        "AFR",
        "EA",
        48,
        ["Luganda", "Runyankole", "Acholi"],
        ["Kampala", "Gulu", "Mbarara", "Jinja"],
    ),
    (
        "TZ",
        "Tanzania",
        "the United Republic of Tanzania",
        "AFR",
        "EA",
        65,
        ["Swahili"],
        ["Dar es Salaam", "Dodoma", "Arusha", "Mwanza", "Zanzibar"],
    ),
    ("RW", "Rwanda", "Rwanda", "AFR", "EA", 14, ["Kinyarwanda"], ["Kigali", "Huye", "Musanze", "Rubavu"]),
    ("SN", "Senegal", "Senegal", "AFR", "WA", 18, ["Wolof", "Pulaar"], ["Dakar", "Saint-Louis", "Thiès", "Ziguinchor"]),
    (
        "CI",
        "Côte d'Ivoire",
        "Côte d'Ivoire",
        "AFR",
        "WA",
        29,
        ["Baoulé", "Dioula"],
        ["Abidjan", "Bouaké", "Yamoussoukro", "San-Pédro"],
    ),
    ("CM", "Cameroon", "Cameroon", "AFR", "WA", 28, ["Fulfulde", "Ewondo"], ["Yaoundé", "Douala", "Bamenda", "Garoua"]),
    ("BW", "Botswana", "Botswana", "AFR", "EA", 2.6, ["Setswana"], ["Gaborone", "Francistown", "Maun", "Serowe"]),
    (
        "ZM",
        "Zambia",
        "Zambia",
        "AFR",
        "EA",
        20,
        ["Bemba", "Nyanja", "Tonga"],
        ["Lusaka", "Ndola", "Livingstone", "Kasama"],
    ),
    ("ZW", "Zimbabwe", "Zimbabwe", "AFR", "EA", 16, ["Shona", "Ndebele"], ["Harare", "Bulawayo", "Mutare", "Gweru"]),
    (
        "MZ",
        "Mozambique",
        "Mozambique",
        "AFR",
        "PT",
        33,
        ["Emakhuwa", "Changana"],
        ["Maputo", "Beira", "Nampula", "Quelimane"],
    ),
    ("MW", "Malawi", "Malawi", "AFR", "EA", 20, ["Chichewa", "Tumbuka"], ["Lilongwe", "Blantyre", "Mzuzu", "Zomba"]),
    (
        "NA",
        "Namibia",
        "Namibia",
        "AFR",
        "EA",
        2.6,
        ["Oshiwambo", "Otjiherero"],
        ["Windhoek", "Oshakati", "Walvis Bay", "Rundu"],
    ),
    ("BJ", "Benin", "Benin", "AFR", "WA", 13, ["Fon", "Yoruba"], ["Cotonou", "Porto-Novo", "Parakou", "Abomey"]),
    (
        "BF",
        "Burkina Faso",
        "Burkina Faso",
        "AFR",
        "WA",
        23,
        ["Mooré", "Dioula"],
        ["Ouagadougou", "Bobo-Dioulasso", "Koudougou"],
    ),
    ("ML", "Mali", "Mali", "AFR", "WA", 23, ["Bambara", "Songhay"], ["Bamako", "Ségou", "Sikasso", "Kayes"]),
    ("NE", "Niger", "the Niger", "AFR", "WA", 26, ["Hausa", "Zarma"], ["Niamey", "Zinder", "Maradi", "Tahoua"]),
    ("TG", "Togo", "Togo", "AFR", "WA", 9, ["Ewe", "Kabiyè"], ["Lomé", "Kara", "Sokodé", "Atakpamé"]),
    (
        "MG",
        "Madagascar",
        "Madagascar",
        "AFR",
        "EA",
        30,
        ["Malagasy"],
        ["Antananarivo", "Toamasina", "Fianarantsoa", "Mahajanga"],
    ),
    ("MU", "Mauritius", "Mauritius", "AFR", "EA", 1.3, ["Mauritian Creole"], ["Port Louis", "Curepipe", "Rose Hill"]),
    (
        "CD",
        "DR Congo",
        "the Democratic Republic of the Congo",
        "AFR",
        "WA",
        100,
        ["Lingala", "Swahili", "Tshiluba"],
        ["Kinshasa", "Lubumbashi", "Goma", "Kisangani"],
    ),
    ("AO", "Angola", "Angola", "AFR", "PT", 36, ["Umbundu", "Kimbundu"], ["Luanda", "Huambo", "Benguela", "Lubango"]),
    (
        "SL",
        "Sierra Leone",
        "Sierra Leone",
        "AFR",
        "WA",
        8.6,
        ["Krio", "Mende", "Temne"],
        ["Freetown", "Bo", "Kenema", "Makeni"],
    ),
    ("LR", "Liberia", "Liberia", "AFR", "WA", 5.4, ["Kpelle", "Bassa"], ["Monrovia", "Gbarnga", "Buchanan"]),
    ("GM", "Gambia", "the Gambia", "AFR", "WA", 2.7, ["Mandinka", "Wolof"], ["Banjul", "Serekunda", "Brikama"]),
    ("LS", "Lesotho", "Lesotho", "AFR", "EA", 2.3, ["Sesotho"], ["Maseru", "Mafeteng", "Leribe"]),
    ("CV", "Cabo Verde", "Cabo Verde", "AFR", "PT", 0.6, ["Cabo Verdean Creole"], ["Praia", "Mindelo", "Santa Maria"]),
    # Americas
    (
        "BR",
        "Brazil",
        "Brazil",
        "AMS",
        "PT",
        216,
        ["Portuguese", "Nheengatu"],
        ["São Paulo", "Recife", "Manaus", "Belo Horizonte", "Porto Alegre"],
    ),
    (
        "MX",
        "Mexico",
        "Mexico",
        "AMS",
        "LA",
        128,
        ["Spanish", "Nahuatl", "Yucatec Maya"],
        ["Mexico City", "Oaxaca", "Guadalajara", "Mérida", "Monterrey"],
    ),
    (
        "CO",
        "Colombia",
        "Colombia",
        "AMS",
        "LA",
        52,
        ["Spanish", "Wayuunaiki"],
        ["Bogotá", "Medellín", "Cali", "Barranquilla", "Pasto"],
    ),
    (
        "PE",
        "Peru",
        "Peru",
        "AMS",
        "LA",
        34,
        ["Spanish", "Quechua", "Aymara"],
        ["Lima", "Cusco", "Arequipa", "Iquitos", "Puno"],
    ),
    (
        "AR",
        "Argentina",
        "Argentina",
        "AMS",
        "LA",
        46,
        ["Spanish"],
        ["Buenos Aires", "Córdoba", "Rosario", "Mendoza", "Salta"],
    ),
    (
        "CL",
        "Chile",
        "Chile",
        "AMS",
        "LA",
        19.6,
        ["Spanish", "Mapudungun"],
        ["Santiago", "Valparaíso", "Concepción", "Temuco"],
    ),
    ("EC", "Ecuador", "Ecuador", "AMS", "LA", 18, ["Spanish", "Kichwa"], ["Quito", "Guayaquil", "Cuenca", "Loja"]),
    (
        "BO",
        "Bolivia",
        "Bolivia",
        "AMS",
        "LA",
        12,
        ["Spanish", "Quechua", "Aymara", "Guaraní"],
        ["La Paz", "Santa Cruz", "Cochabamba", "Sucre"],
    ),
    (
        "PY",
        "Paraguay",
        "Paraguay",
        "AMS",
        "LA",
        6.9,
        ["Guaraní", "Spanish"],
        ["Asunción", "Encarnación", "Ciudad del Este"],
    ),
    ("UY", "Uruguay", "Uruguay", "AMS", "LA", 3.4, ["Spanish"], ["Montevideo", "Salto", "Paysandú"]),
    (
        "GT",
        "Guatemala",
        "Guatemala",
        "AMS",
        "LA",
        18,
        ["Spanish", "K'iche'", "Q'eqchi'"],
        ["Guatemala City", "Quetzaltenango", "Cobán"],
    ),
    (
        "HN",
        "Honduras",
        "Honduras",
        "AMS",
        "LA",
        10.5,
        ["Spanish", "Garifuna"],
        ["Tegucigalpa", "San Pedro Sula", "La Ceiba"],
    ),
    ("CR", "Costa Rica", "Costa Rica", "AMS", "LA", 5.2, ["Spanish"], ["San José", "Alajuela", "Limón"]),
    ("PA", "Panama", "Panama", "AMS", "LA", 4.4, ["Spanish", "Ngäbere"], ["Panama City", "Colón", "David"]),
    (
        "DO",
        "Dominican Republic",
        "the Dominican Republic",
        "AMS",
        "LA",
        11.3,
        ["Spanish"],
        ["Santo Domingo", "Santiago de los Caballeros", "La Romana"],
    ),
    ("JM", "Jamaica", "Jamaica", "AMS", "EN", 2.8, ["Jamaican Patois"], ["Kingston", "Montego Bay", "Mandeville"]),
    (
        "TT",
        "Trinidad and Tobago",
        "Trinidad and Tobago",
        "AMS",
        "EN",
        1.5,
        ["Trinidadian Creole"],
        ["Port of Spain", "San Fernando", "Scarborough"],
    ),
    (
        "CA",
        "Canada",
        "Canada",
        "AMS",
        "EN",
        40,
        ["French", "Inuktitut", "Cree"],
        ["Winnipeg", "Montréal", "Iqaluit", "Halifax"],
    ),
    (
        "US",
        "United States",
        "the United States",
        "AMS",
        "EN",
        335,
        ["Spanish", "Navajo"],
        ["Albuquerque", "Detroit", "Fresno", "Memphis"],
    ),
    (
        "SV",
        "El Salvador",
        "El Salvador",
        "AMS",
        "LA",
        6.3,
        ["Spanish", "Nawat"],
        ["San Salvador", "Santa Ana", "San Miguel"],
    ),
    ("BB", "Barbados", "Barbados", "AMS", "EN", 0.28, ["Bajan"], ["Bridgetown", "Speightstown", "Oistins"]),
    ("HT", "Haiti", "Haiti", "AMS", "LA", 11.7, ["Haitian Creole"], ["Port-au-Prince", "Cap-Haïtien", "Les Cayes"]),
    # Arab States
    ("EG", "Egypt", "Egypt", "ARB", "AR", 112, ["Arabic"], ["Cairo", "Alexandria", "Aswan", "Asyut", "Mansoura"]),
    (
        "MA",
        "Morocco",
        "Morocco",
        "ARB",
        "AR",
        37,
        ["Arabic", "Amazigh"],
        ["Rabat", "Casablanca", "Marrakesh", "Fès", "Agadir"],
    ),
    ("TN", "Tunisia", "Tunisia", "ARB", "AR", 12.4, ["Arabic"], ["Tunis", "Sfax", "Sousse", "Gafsa"]),
    (
        "DZ",
        "Algeria",
        "Algeria",
        "ARB",
        "AR",
        45,
        ["Arabic", "Tamazight"],
        ["Algiers", "Oran", "Constantine", "Ghardaïa"],
    ),
    ("JO", "Jordan", "Jordan", "ARB", "AR", 11.3, ["Arabic"], ["Amman", "Irbid", "Zarqa", "Aqaba"]),
    ("LB", "Lebanon", "Lebanon", "ARB", "AR", 5.4, ["Arabic"], ["Beirut", "Tripoli", "Saida", "Zahlé"]),
    ("SA", "Saudi Arabia", "Saudi Arabia", "ARB", "AR", 36, ["Arabic"], ["Riyadh", "Jeddah", "Dammam", "Abha"]),
    (
        "AE",
        "United Arab Emirates",
        "the United Arab Emirates",
        "ARB",
        "AR",
        9.5,
        ["Arabic"],
        ["Abu Dhabi", "Dubai", "Sharjah", "Al Ain"],
    ),
    ("OM", "Oman", "Oman", "ARB", "AR", 4.6, ["Arabic"], ["Muscat", "Salalah", "Sohar", "Nizwa"]),
    ("QA", "Qatar", "Qatar", "ARB", "AR", 2.7, ["Arabic"], ["Doha", "Al Wakrah", "Al Khor"]),
    ("BH", "Bahrain", "Bahrain", "ARB", "AR", 1.5, ["Arabic"], ["Manama", "Muharraq", "Riffa"]),
    ("KW", "Kuwait", "Kuwait", "ARB", "AR", 4.3, ["Arabic"], ["Kuwait City", "Hawalli", "Jahra"]),
    ("SD", "Sudan", "the Sudan", "ARB", "AR", 48, ["Arabic", "Beja"], ["Port Sudan", "Kassala", "Wad Madani"]),
    (
        "MR",
        "Mauritania",
        "Mauritania",
        "ARB",
        "AR",
        4.9,
        ["Hassaniya Arabic", "Pulaar"],
        ["Nouakchott", "Nouadhibou", "Kiffa"],
    ),
    (
        "PS",
        "Palestine",
        "the State of Palestine",
        "ARB",
        "AR",
        5.4,
        ["Arabic"],
        ["Ramallah", "Nablus", "Hebron", "Jenin"],
    ),
    ("IQ", "Iraq", "Iraq", "ARB", "AR", 45, ["Arabic", "Kurdish"], ["Baghdad", "Basra", "Erbil", "Najaf"]),
    ("DJ", "Djibouti", "Djibouti", "ARB", "AR", 1.1, ["Somali", "Afar"], ["Djibouti City", "Tadjourah", "Ali Sabieh"]),
    ("KM", "Comoros", "the Comoros", "ARB", "AR", 0.85, ["Shikomori"], ["Moroni", "Mutsamudu", "Fomboni"]),
    ("SO", "Somalia", "Somalia", "ARB", "AR", 18, ["Somali"], ["Mogadishu", "Garowe", "Kismayo", "Baidoa"]),
    ("LY", "Libya", "Libya", "ARB", "AR", 6.9, ["Arabic", "Tamazight"], ["Tripoli", "Benghazi", "Misrata"]),
    ("YE", "Yemen", "Yemen", "ARB", "AR", 34, ["Arabic"], ["Aden", "Mukalla", "Taiz"]),
    # Asia and the Pacific
    (
        "IN",
        "India",
        "India",
        "ASP",
        "SA",
        1430,
        ["Hindi", "Tamil", "Bengali", "Marathi", "Odia"],
        ["Pune", "Chennai", "Lucknow", "Guwahati", "Jaipur", "Bhubaneswar"],
    ),
    (
        "ID",
        "Indonesia",
        "Indonesia",
        "ASP",
        "SEA",
        278,
        ["Bahasa Indonesia", "Javanese", "Sundanese"],
        ["Jakarta", "Surabaya", "Makassar", "Medan", "Yogyakarta"],
    ),
    (
        "PH",
        "Philippines",
        "the Philippines",
        "ASP",
        "SEA",
        117,
        ["Filipino", "Cebuano", "Ilocano"],
        ["Manila", "Cebu", "Davao", "Iloilo", "Baguio"],
    ),
    (
        "BD",
        "Bangladesh",
        "Bangladesh",
        "ASP",
        "SA",
        173,
        ["Bangla"],
        ["Dhaka", "Chattogram", "Khulna", "Sylhet", "Rajshahi"],
    ),
    (
        "PK",
        "Pakistan",
        "Pakistan",
        "ASP",
        "SA",
        240,
        ["Urdu", "Punjabi", "Sindhi", "Pashto"],
        ["Lahore", "Karachi", "Peshawar", "Quetta", "Multan"],
    ),
    (
        "VN",
        "Viet Nam",
        "Viet Nam",
        "ASP",
        "SEA",
        99,
        ["Vietnamese"],
        ["Hanoi", "Ho Chi Minh City", "Da Nang", "Can Tho"],
    ),
    ("TH", "Thailand", "Thailand", "ASP", "SEA", 72, ["Thai"], ["Bangkok", "Chiang Mai", "Khon Kaen", "Hat Yai"]),
    (
        "MY",
        "Malaysia",
        "Malaysia",
        "ASP",
        "SEA",
        34,
        ["Malay", "Tamil"],
        ["Kuala Lumpur", "Penang", "Kota Kinabalu", "Kuching"],
    ),
    ("LK", "Sri Lanka", "Sri Lanka", "ASP", "SA", 22, ["Sinhala", "Tamil"], ["Colombo", "Kandy", "Jaffna", "Galle"]),
    (
        "NP",
        "Nepal",
        "Nepal",
        "ASP",
        "SA",
        30,
        ["Nepali", "Maithili"],
        ["Kathmandu", "Pokhara", "Biratnagar", "Dhangadhi"],
    ),
    ("CN", "China", "China", "ASP", "CN", 1410, ["Mandarin"], ["Chengdu", "Guiyang", "Hangzhou", "Kunming"]),
    ("JP", "Japan", "Japan", "ASP", "JP", 124, ["Japanese"], ["Sendai", "Fukuoka", "Kobe", "Sapporo"]),
    (
        "KR",
        "Republic of Korea",
        "the Republic of Korea",
        "ASP",
        "KR",
        52,
        ["Korean"],
        ["Seoul", "Busan", "Daejeon", "Gwangju"],
    ),
    (
        "AU",
        "Australia",
        "Australia",
        "ASP",
        "EN",
        26.6,
        ["Aboriginal languages"],
        ["Darwin", "Alice Springs", "Brisbane", "Adelaide"],
    ),
    (
        "NZ",
        "New Zealand",
        "New Zealand",
        "ASP",
        "EN",
        5.2,
        ["te reo Māori"],
        ["Auckland", "Wellington", "Rotorua", "Christchurch"],
    ),
    ("FJ", "Fiji", "Fiji", "ASP", "PAC", 0.93, ["iTaukei", "Fiji Hindi"], ["Suva", "Lautoka", "Labasa"]),
    (
        "PG",
        "Papua New Guinea",
        "Papua New Guinea",
        "ASP",
        "PAC",
        10.3,
        ["Tok Pisin", "Hiri Motu"],
        ["Port Moresby", "Lae", "Mount Hagen"],
    ),
    ("KH", "Cambodia", "Cambodia", "ASP", "SEA", 17, ["Khmer"], ["Phnom Penh", "Siem Reap", "Battambang"]),
    (
        "LA",
        "Lao PDR",
        "the Lao People's Democratic Republic",
        "ASP",
        "SEA",
        7.6,
        ["Lao", "Hmong"],
        ["Vientiane", "Luang Prabang", "Pakse"],
    ),
    ("MN", "Mongolia", "Mongolia", "ASP", "MN", 3.4, ["Mongolian"], ["Ulaanbaatar", "Erdenet", "Darkhan", "Khovd"]),
    ("BT", "Bhutan", "Bhutan", "ASP", "SA", 0.78, ["Dzongkha"], ["Thimphu", "Paro", "Phuentsholing"]),
    ("MV", "Maldives", "Maldives", "ASP", "SA", 0.52, ["Dhivehi"], ["Malé", "Addu City", "Fuvahmulah"]),
    (
        "IR",
        "Iran",
        "the Islamic Republic of Iran",
        "ASP",
        "AR",
        89,
        ["Persian", "Azerbaijani"],
        ["Tehran", "Isfahan", "Tabriz", "Shiraz"],
    ),
    (
        "SG",
        "Singapore",
        "Singapore",
        "ASP",
        "SEA",
        5.9,
        ["Malay", "Tamil", "Mandarin"],
        ["Jurong", "Tampines", "Woodlands"],
    ),
    ("TL", "Timor-Leste", "Timor-Leste", "ASP", "SEA", 1.4, ["Tetum"], ["Dili", "Baucau", "Maliana"]),
    ("WS", "Samoa", "Samoa", "ASP", "PAC", 0.22, ["Samoan"], ["Apia", "Salelologa"]),
    ("VU", "Vanuatu", "Vanuatu", "ASP", "PAC", 0.33, ["Bislama"], ["Port Vila", "Luganville"]),
    ("TO", "Tonga", "Tonga", "ASP", "PAC", 0.1, ["Tongan"], ["Nuku'alofa", "Neiafu"]),
    # CIS
    (
        "KZ",
        "Kazakhstan",
        "Kazakhstan",
        "CIS",
        "CIS",
        20,
        ["Kazakh", "Russian"],
        ["Astana", "Almaty", "Shymkent", "Karaganda"],
    ),
    (
        "UZ",
        "Uzbekistan",
        "Uzbekistan",
        "CIS",
        "CIS",
        36,
        ["Uzbek", "Karakalpak"],
        ["Tashkent", "Samarkand", "Bukhara", "Namangan"],
    ),
    ("KG", "Kyrgyzstan", "Kyrgyzstan", "CIS", "CIS", 7, ["Kyrgyz", "Russian"], ["Bishkek", "Osh", "Karakol", "Naryn"]),
    ("TJ", "Tajikistan", "Tajikistan", "CIS", "CIS", 10, ["Tajik"], ["Dushanbe", "Khujand", "Khorog"]),
    ("TM", "Turkmenistan", "Turkmenistan", "CIS", "CIS", 6.5, ["Turkmen"], ["Ashgabat", "Türkmenabat", "Mary"]),
    ("AZ", "Azerbaijan", "Azerbaijan", "CIS", "CIS", 10.1, ["Azerbaijani"], ["Baku", "Ganja", "Sumgait", "Lankaran"]),
    ("AM", "Armenia", "Armenia", "CIS", "CIS", 2.8, ["Armenian"], ["Yerevan", "Gyumri", "Vanadzor"]),
    ("BY", "Belarus", "Belarus", "CIS", "CIS", 9.2, ["Belarusian", "Russian"], ["Minsk", "Brest", "Gomel"]),
    (
        "RU",
        "Russian Federation",
        "the Russian Federation",
        "CIS",
        "CIS",
        144,
        ["Russian", "Tatar", "Yakut"],
        ["Kazan", "Novosibirsk", "Yakutsk", "Yekaterinburg"],
    ),
    # Europe
    (
        "TR",
        "Türkiye",
        "Türkiye",
        "EUR",
        "TR",
        85,
        ["Turkish", "Kurdish"],
        ["Ankara", "İzmir", "Gaziantep", "Erzurum", "Trabzon"],
    ),
    ("PL", "Poland", "Poland", "EUR", "EU", 37.6, ["Polish", "Kashubian"], ["Warsaw", "Kraków", "Gdańsk", "Lublin"]),
    ("BG", "Bulgaria", "Bulgaria", "EUR", "EU", 6.4, ["Bulgarian"], ["Sofia", "Plovdiv", "Varna"]),
    (
        "RO",
        "Romania",
        "Romania",
        "EUR",
        "EU",
        19,
        ["Romanian", "Hungarian"],
        ["Bucharest", "Cluj-Napoca", "Iași", "Timișoara"],
    ),
    ("UA", "Ukraine", "Ukraine", "EUR", "EU", 37, ["Ukrainian"], ["Kyiv", "Lviv", "Dnipro", "Odesa"]),
    (
        "MD",
        "Moldova",
        "the Republic of Moldova",
        "EUR",
        "EU",
        2.5,
        ["Romanian", "Gagauz"],
        ["Chișinău", "Bălți", "Cahul"],
    ),
    ("GE", "Georgia", "Georgia", "EUR", "EU", 3.7, ["Georgian"], ["Tbilisi", "Kutaisi", "Batumi"]),
    (
        "DE",
        "Germany",
        "Germany",
        "EUR",
        "EU",
        84,
        ["German", "Sorbian"],
        ["Leipzig", "Dortmund", "Freiburg", "Rostock"],
    ),
    (
        "FR",
        "France",
        "France",
        "EUR",
        "EU",
        68,
        ["French", "Breton", "Occitan"],
        ["Lyon", "Marseille", "Lille", "Rennes"],
    ),
    (
        "ES",
        "Spain",
        "Spain",
        "EUR",
        "LA",
        48,
        ["Spanish", "Catalan", "Basque", "Galician"],
        ["Valencia", "Seville", "Bilbao", "Zaragoza"],
    ),
    ("IT", "Italy", "Italy", "EUR", "EU", 59, ["Italian", "Sardinian"], ["Bologna", "Naples", "Turin", "Palermo"]),
    (
        "PT",
        "Portugal",
        "Portugal",
        "EUR",
        "PT",
        10.4,
        ["Portuguese", "Mirandese"],
        ["Porto", "Coimbra", "Braga", "Faro"],
    ),
    (
        "GB",
        "United Kingdom",
        "the United Kingdom",
        "EUR",
        "EN",
        68,
        ["Welsh", "Scottish Gaelic"],
        ["Manchester", "Glasgow", "Cardiff", "Belfast"],
    ),
    ("IE", "Ireland", "Ireland", "EUR", "EN", 5.3, ["Irish"], ["Cork", "Galway", "Limerick"]),
    (
        "NL",
        "Netherlands",
        "the Netherlands",
        "EUR",
        "EU",
        17.9,
        ["Dutch", "Frisian"],
        ["Rotterdam", "Utrecht", "Groningen"],
    ),
    ("BE", "Belgium", "Belgium", "EUR", "EU", 11.8, ["Dutch", "French"], ["Ghent", "Liège", "Antwerp"]),
    (
        "CH",
        "Switzerland",
        "Switzerland",
        "EUR",
        "EU",
        8.8,
        ["German", "French", "Romansh"],
        ["Geneva", "Lausanne", "Lugano", "Bern"],
    ),
    ("AT", "Austria", "Austria", "EUR", "EU", 9.1, ["German"], ["Vienna", "Graz", "Linz"]),
    ("SE", "Sweden", "Sweden", "EUR", "EU", 10.5, ["Swedish", "Sámi"], ["Malmö", "Umeå", "Gothenburg"]),
    ("NO", "Norway", "Norway", "EUR", "EU", 5.5, ["Norwegian", "Sámi"], ["Tromsø", "Bergen", "Trondheim"]),
    ("FI", "Finland", "Finland", "EUR", "EU", 5.6, ["Finnish", "Swedish", "Sámi"], ["Tampere", "Oulu", "Turku"]),
    ("DK", "Denmark", "Denmark", "EUR", "EU", 5.9, ["Danish"], ["Aarhus", "Odense", "Aalborg"]),
    ("EE", "Estonia", "Estonia", "EUR", "EU", 1.4, ["Estonian"], ["Tallinn", "Tartu", "Pärnu"]),
    ("LV", "Latvia", "Latvia", "EUR", "EU", 1.9, ["Latvian", "Latgalian"], ["Riga", "Daugavpils", "Liepāja"]),
    ("LT", "Lithuania", "Lithuania", "EUR", "EU", 2.9, ["Lithuanian"], ["Vilnius", "Kaunas", "Klaipėda"]),
    ("CZ", "Czechia", "Czechia", "EUR", "EU", 10.9, ["Czech"], ["Brno", "Ostrava", "Plzeň"]),
    ("SK", "Slovakia", "Slovakia", "EUR", "EU", 5.4, ["Slovak"], ["Bratislava", "Košice", "Žilina"]),
    ("HU", "Hungary", "Hungary", "EUR", "EU", 9.6, ["Hungarian"], ["Budapest", "Debrecen", "Szeged"]),
    ("RS", "Serbia", "Serbia", "EUR", "EU", 6.6, ["Serbian"], ["Belgrade", "Novi Sad", "Niš"]),
    ("HR", "Croatia", "Croatia", "EUR", "EU", 3.9, ["Croatian"], ["Zagreb", "Split", "Rijeka"]),
    ("SI", "Slovenia", "Slovenia", "EUR", "EU", 2.1, ["Slovenian"], ["Ljubljana", "Maribor", "Koper"]),
    ("AL", "Albania", "Albania", "EUR", "EU", 2.8, ["Albanian"], ["Tirana", "Durrës", "Shkodër"]),
    (
        "MK",
        "North Macedonia",
        "North Macedonia",
        "EUR",
        "EU",
        1.8,
        ["Macedonian", "Albanian"],
        ["Skopje", "Bitola", "Tetovo"],
    ),
    ("GR", "Greece", "Greece", "EUR", "EU", 10.4, ["Greek"], ["Thessaloniki", "Patras", "Heraklion"]),
    ("CY", "Cyprus", "Cyprus", "EUR", "EU", 1.3, ["Greek", "Turkish"], ["Nicosia", "Limassol", "Larnaca"]),
    ("MT", "Malta", "Malta", "EUR", "EU", 0.54, ["Maltese"], ["Valletta", "Birkirkara", "Victoria"]),
]

COUNTRIES = {
    row[0]: {
        "name": row[1],
        "formal": row[2],
        "region": row[3],
        "cluster": row[4],
        "population_m": row[5],
        "languages": row[6],
        "places": row[7],
    }
    for row in _COUNTRY_ROWS
}
_ISO_BY_REGION: dict[str, list[str]] = {}
for _iso, _c in COUNTRIES.items():
    _ISO_BY_REGION.setdefault(_c["region"], []).append(_iso)

_REGION_PHRASE = {
    "AFR": "Africa",
    "AMS": "the Americas",
    "ARB": "the Arab Region",
    "ASP": "Asia and the Pacific",
    "CIS": "the CIS Region",
    "EUR": "Europe",
}
_GLOBAL_PHRASES = [
    "the Global South",
    "Developing Countries",
    "Small Island Developing States",
    "Least Developed Countries",
    "Africa and Asia",
    "Latin America and Africa",
    "Fragile Settings",
    "Landlocked Developing Countries",
]

# Fictional name stems, by naming cluster, for companies, NGOs, universities and brands.
_STEMS = {
    "EA": [
        "Nyota",
        "Kijani",
        "Imara",
        "Jamii",
        "Tumaini",
        "Zuri",
        "Akili",
        "Umoja",
        "Baobab",
        "Savanna",
        "Nuru",
        "Pamoja",
        "Lulu",
        "Mvua",
    ],
    "WA": [
        "Sankofa",
        "Teranga",
        "Adinkra",
        "Kente",
        "Sahel",
        "Ayo",
        "Harmattan",
        "Djoliba",
        "Kora",
        "Tamarind",
        "Ubuntu",
        "Niani",
        "Odo",
    ],
    "AR": [
        "Nakhla",
        "Wadi",
        "Sanad",
        "Manara",
        "Falak",
        "Noor",
        "Jasr",
        "Amal",
        "Bayan",
        "Masar",
        "Tamkeen",
        "Ruwad",
        "Zaytoun",
        "Qamar",
        "Sidra",
    ],
    "LA": [
        "Ceiba",
        "Quetzal",
        "Andes",
        "Pampa",
        "Caribe",
        "Colibrí",
        "Araucaria",
        "Yaku",
        "Puente",
        "Horizonte",
        "Semilla",
        "Cóndor",
        "Maguey",
        "Orinoco",
    ],
    "PT": [
        "Ipê",
        "Jangada",
        "Sabiá",
        "Aroeira",
        "Maré",
        "Cerrado",
        "Caju",
        "Farol",
        "Atlântico",
        "Buriti",
        "Embondeiro",
    ],
    "EN": [
        "Harbour",
        "Northstar",
        "Cedar",
        "Kestrel",
        "Riverbend",
        "Lighthouse",
        "Greenfield",
        "Tidewater",
        "Kauri",
        "Wattle",
        "Bluewater",
        "Ironbark",
    ],
    "SA": [
        "Himal",
        "Indus",
        "Lotus",
        "Tara",
        "Bodhi",
        "Sagarmatha",
        "Jamuna",
        "Kaveri",
        "Neem",
        "Prakash",
        "Sahyadri",
        "Chinar",
        "Padma",
    ],
    "SEA": [
        "Mekong",
        "Garuda",
        "Sampaguita",
        "Bayanihan",
        "Banyan",
        "Monsoon",
        "Nusantara",
        "Angkor",
        "Pelangi",
        "Harmoni",
        "Kalayaan",
        "Malaya",
        "Lotus Bay",
    ],
    "CN": ["Lianhua", "Jade", "Bamboo", "Kunlun", "Qilin", "Tianyuan", "Yunhai"],
    "JP": ["Sakura", "Kaede", "Tsuru", "Komorebi", "Hoshizora", "Yamabuki"],
    "KR": ["Hanbit", "Saebyeok", "Mugunghwa", "Haneul", "Barami", "Dasom"],
    "MN": ["Gobi", "Khangai", "Altan", "Tsenher", "Khuree", "Orkhon"],
    "PAC": ["Pasifika", "Moana", "Vaka", "Mahana", "Coral", "Talanoa", "Lagoon", "Malie", "Reef", "Tapa"],
    "CIS": [
        "Altai",
        "Tengri",
        "Steppe",
        "Ararat",
        "Caspian",
        "Samal",
        "Orda",
        "Berkut",
        "Aral",
        "Sevan",
        "Ulytau",
        "Zarafshon",
        "Tulpar",
    ],
    "TR": ["Toros", "Ege", "Fırat", "Yakamoz", "Kardelen", "Çınar", "Martı", "Poyraz", "Lodos", "Meltem", "Erciyes"],
    "EU": [
        "Nordlys",
        "Danubia",
        "Helios",
        "Vela",
        "Alba",
        "Boreal",
        "Lumen",
        "Agora",
        "Meridian",
        "Adriatica",
        "Carpathia",
        "Polaris",
        "Baltica",
        "Tilia",
        "Iris",
        "Kestrel",
    ],
}

_LEGAL_SUFFIX = {
    "SARL": "FR BE SN CI CM BJ BF ML NE TG MG CD DZ MA TN HT DJ KM MR",
    "S.A.": "ES MX CO PE AR CL EC BO PY UY GT HN CR PA DO SV",
    "Ltda.": "BR PT AO MZ CV",
    "GmbH": "DE AT CH",
    "B.V.": "NL",
    "AB": "SE",
    "AS": "NO",
    "ApS": "DK",
    "Oy": "FI",
    "Sp. z o.o.": "PL",
    "A.Ş.": "TR",
    "S.r.l.": "IT MD RO",
    "LLC": "RU KZ BY UZ KG TJ AZ AM TM UA GE SA AE QA KW BH OM JO EG IQ LB LY SD YE PS SO US",
    "Pvt Ltd": "IN PK BD LK NP BT MV",
    "Co., Ltd.": "JP KR CN TH VN KH LA MN",
    "Inc.": "CA PH",
    "Sdn Bhd": "MY",
}
_LEGAL_BY_ISO = {iso: suffix for suffix, isos in _LEGAL_SUFFIX.items() for iso in isos.split()}

# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_TRANSLIT = str.maketrans({"ı": "i", "İ": "I", "ş": "s", "Ş": "S", "ğ": "g", "Ğ": "G", "ø": "o", "æ": "ae", "ß": "ss"})
_SMALL_WORDS = {"a", "an", "and", "or", "of", "in", "on", "for", "to", "the", "with", "at", "by", "from"}
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_TRANSLIT)).encode("ascii", "ignore").decode()
    return _NON_ALNUM.sub("-", text.lower()).strip("-")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _title_case(text: str) -> str:
    words = text.split()
    return " ".join(w if (i and w in _SMALL_WORDS) else _cap(w) for i, w in enumerate(words))


def _words(text: str) -> int:
    return len(text.split())


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _rand_date(r: random.Random, lo: date, hi: date) -> date:
    if hi <= lo:
        return lo
    return date.fromordinal(_rint(r, lo.toordinal(), hi.toordinal()))


def _compose(r: random.Random, sentences: list[str], lo: int, hi: int, fillers: list[str]) -> str:
    """Pick sentences in order until the word count lands inside [lo, hi]."""
    target = _rint(r, lo + (hi - lo) // 3, hi - (hi - lo) // 5)
    out: list[str] = []
    wc = 0
    seen = set()
    for s in sentences:
        if s in seen:
            continue
        w = _words(s)
        if wc + w > hi:
            continue
        out.append(s)
        seen.add(s)
        wc += w
        if wc >= target:
            break
    if wc < lo:
        pool = [f for f in fillers if f not in seen]
        r.shuffle(pool)
        for s in pool:
            if wc >= lo:
                break
            w = _words(s)
            if wc + w <= hi:
                out.append(s)
                wc += w
    return " ".join(out)


def _pick(r: random.Random, seq):
    return seq[int(r.random() * len(seq))]


def _sample(r: random.Random, seq, k: int) -> list:
    n = len(seq)
    k = min(k, n)
    chosen: list[int] = []
    while len(chosen) < k:
        i = int(r.random() * n)
        if i not in chosen:
            chosen.append(i)
    return [seq[i] for i in chosen]


def _rint(r: random.Random, a: int, b: int) -> int:
    return a + int(r.random() * (b - a + 1))


def _mix32(h: int) -> int:
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & 0xFFFFFFFF
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & 0xFFFFFFFF
    return h ^ (h >> 16)


_CRC_CACHE: dict[str, int] = {}


def _crc(text: str) -> int:
    v = _CRC_CACHE.get(text)
    if v is None:
        v = _CRC_CACHE[text] = zlib.crc32(text.encode())
    return v


class _Slots(dict):
    """Sentence slots. Figures ({n_mid}, {pct}, ...) are not stored: each is derived from the entry seed,
    the sentence template and the slot name, so two sentences never share a figure by construction while
    the same sentence always states the same figure (the prize form repeats the description's numbers)."""

    x = 0
    seed = 0
    mid_hi = 5000
    big_lo = 5000.0
    big_hi = 50000.0

    def _u(self, key: str, salt: int = 0) -> tuple[float, int]:
        h = _mix32(self.x ^ _crc(key) ^ salt)
        return h / 4294967296.0, h

    def __missing__(self, key: str) -> str:
        if key in ("n_small", "n_small2"):
            return str(3 + int(self._u(key)[0] * 46))
        if key == "pct":
            return str(12 + int(self._u(key)[0] * 53))
        if key == "hpct":
            return str(68 + int(self._u(key)[0] * 30))
        if key == "pct_lo":
            return str(20 + int(self._u(key)[0] * 36))
        if key == "pct_hi":
            return str(min(95, int(self["pct_lo"]) + 10 + int(self._u(key)[0] * 26)))
        if key in ("n_mid", "n_mid2"):
            u, h = self._u(key)
            return f"{_nice_h(120 + int(u * (self.mid_hi - 120)), h):,}"
        if key == "n_big":
            u, h = self._u(key)
            lo, hi = math.log(self.big_lo), math.log(self.big_hi)
            return f"{_nice_h(int(math.exp(lo + u * (hi - lo))), h):,}"
        if key == "money":
            return f"{0.4 + self._u(key)[0] * 47.6:.1f}"
        raise KeyError(key)


def _nice_h(v: int, h: int) -> int:
    if v < 100 or (v < 10000 and (h & 0xFF) < 77):
        return v
    step = 10 ** max(len(str(v)) - (2 if ((h >> 8) & 0xFF) < 179 else 3), 0)
    return max(step, round(v / step) * step)


def _fmt(template: str, c: _Slots) -> str:
    c.x = c.seed ^ _crc(template)
    return _cap(template.format_map(c))


# --------------------------------------------------------------------------------------------
# Action-line banks. Slots in braces are filled per entry (see _make_ctx).
# things: (title noun phrase, descriptive phrase with article, entry type)
# --------------------------------------------------------------------------------------------

_LINES: list[dict] = [
    {
        "code": "C1",
        "topics": [
            ("National Digital Strategy", "national digital strategies"),
            ("Digital Transformation", "digital transformation"),
            ("Multistakeholder Digital Governance", "multistakeholder digital governance"),
            ("Digital Policy", "digital policy"),
        ],
        "aud": [
            "policy makers",
            "civil servants",
            "local governments",
            "parliamentarians",
            "citizens and community groups",
            "regional development agencies",
        ],
        "tech": [
            "a whole-of-government digital maturity assessment",
            "an online public consultation platform",
            "a shared dashboard of strategy indicators",
            "open policy-making workshops",
            "a national digital readiness index",
            "a results framework with yearly targets",
            "a portfolio register of all public ICT projects",
        ],
        "problems": [
            "fragmented digital initiatives spread across ministries",
            "the lack of a shared national vision for ICT investment",
            "weak coordination between central and local government on digital projects",
            "limited citizen participation in shaping technology policy",
            "duplicated spending on overlapping IT systems",
        ],
        "partners": [
            "the prime minister's office",
            "regional governors' offices",
            "the national association of municipalities",
            "the parliamentary committee on ICT",
        ],
        "things": [
            (
                "National Digital Transformation Strategy",
                "a national digital transformation strategy with measurable targets",
                "programme",
            ),
            (
                "Digital Transformation Council",
                "a cross-government council that steers ICT investment and policy",
                "programme",
            ),
            (
                "E-Participation Platform",
                "an e-participation platform where citizens comment on draft policies",
                "website",
            ),
            (
                "Local Digital Agendas Programme",
                "a programme helping municipalities prepare their own digital agendas",
                "programme",
            ),
            ("Digital Readiness Assessment", "a nationwide assessment of digital readiness across sectors", "project"),
            (
                "Smart Villages Policy Framework",
                "a policy framework for bringing digital services to rural communities",
                "guideline",
            ),
            (
                "Open Government Action Plan",
                "an open government action plan co-created with civil society",
                "programme",
            ),
            (
                "Public-Private Partnership Framework for ICT",
                "a framework for structuring public-private partnerships in ICT",
                "guideline",
            ),
            (
                "Digital Policy Observatory",
                "an online observatory that tracks the implementation of digital policies",
                "website",
            ),
            (
                "Youth Digital Policy Lab",
                "a lab that involves young people in drafting digital policy proposals",
                "project",
            ),
            (
                "Chief Digital Officers Network",
                "a network of chief digital officers across ministries and agencies",
                "project",
            ),
            (
                "Multistakeholder Forum on Digital Policy",
                "a multistakeholder forum on the national digital agenda",
                "conference",
            ),
        ],
        "context": [
            "For years, digital projects in {country} were launched ministry by ministry, which led to {problem2}.",
            "A review by {org} found that fewer than {pct}% of planned ICT investments were linked to national development priorities.",
            "The first national ICT policy was adopted more than a decade ago and no longer reflected the pace of change in mobile services, data and artificial intelligence.",
            "Local authorities in {place} and other provinces reported that they had little say in national digital priorities.",
            "Citizens and businesses had few formal channels to take part in decisions on connectivity, data and online services.",
            "The government had identified digital transformation as a pillar of its development plan but lacked a practical way to steer it.",
        ],
        "approach": [
            "A steering committee chaired at the highest level of government meets every quarter to review progress against agreed indicators.",
            "Each ministry designates a chief digital officer who reports on milestones through {tech}.",
            "Draft policies are published on {tech} for public comment, and every comment receives a written response.",
            "{org} combines {tech} with {tech2} to set priorities and follow delivery.",
            "Regional workshops in {place} and {place2} allow local governments to adapt national goals to their own realities.",
            "Every new ICT project above a set budget threshold is reviewed against the strategy before funds are released.",
        ],
        "approach_past": [
            "The strategy was drafted through {n_small} consultation rounds involving ministries, the private sector, academia and civil society.",
            "A baseline assessment of all ministries' digital maturity was carried out before priorities were fixed.",
        ],
        "results": [
            "More than {n_mid} comments from citizens and organisations were received during the consultation, and {pct}% of the final measures reflect this input.",
            "{n_small} ministries and agencies now report on digital projects through a single monitoring framework.",
            "Duplicate IT procurement fell by an estimated {pct}% over the first two budget cycles.",
            "{n_small} municipalities have adopted local digital agendas aligned with the national strategy.",
            "The strategy has been formally adopted by the cabinet and is backed by a dedicated budget line.",
            "{hpct}% of the milestones planned for the first phase were delivered on time.",
        ],
        "metrics": [
            "ministries reporting through the shared dashboard",
            "municipalities with local digital agendas",
            "public comments on draft policies",
            "civil servants trained in digital leadership",
        ],
        "next": [
            "The next phase will add a public dashboard so that citizens can follow the implementation of each measure.",
            "{org} plans a mid-term review of the strategy in {ey} with the same multistakeholder group.",
            "Work is under way to link the strategy's indicators with national SDG reporting.",
        ],
        "qual": [
            "Ministries now plan digital investments together instead of competing for the same budget.",
            "Civil society groups say they are consulted earlier and more seriously than before.",
            "Local governments feel ownership of digital priorities rather than receiving them from above.",
        ],
        "challenges": [
            "Aligning ministries with different mandates and budget cycles required sustained political backing.",
            "Some agencies were reluctant to share information on their IT projects at first.",
            "Keeping the consultation inclusive for rural citizens with limited connectivity demanded offline channels.",
        ],
        "goals": [
            "give the country a shared, measurable vision for digital transformation",
            "coordinate digital investments across government",
            "involve citizens and stakeholders in digital policy",
            "link digital projects to development priorities",
        ],
        "link": "showing how public authorities and all stakeholders can jointly steer ICT for development",
        "sdgs": [17, 16, 9, 10, 8, 11],
        "gdc": [1, 2, 4],
        "related": ["C6", "C11", "C7.1", "C4"],
        "brand": ["Vision", "Agenda", "Digital", "Compass", "Forward"],
    },
    {
        "code": "C2",
        "topics": [
            ("Broadband Connectivity", "broadband connectivity"),
            ("Rural Connectivity", "rural connectivity"),
            ("Digital Infrastructure", "digital infrastructure"),
            ("Last-Mile Connectivity", "last-mile connectivity"),
        ],
        "aud": [
            "rural households",
            "schools and health centres in remote areas",
            "small internet service providers",
            "island communities",
            "farming villages",
            "local entrepreneurs",
        ],
        "tech": [
            "solar-powered 4G base stations",
            "a fibre backbone laid along the national power grid",
            "TV white space links",
            "low-earth-orbit satellite backhaul",
            "community-owned Wi-Fi mesh networks",
            "a neutral internet exchange point",
            "open-access fibre ducts",
            "microwave relay towers",
            "shared passive infrastructure",
        ],
        "problems": [
            "the lack of affordable broadband outside the main cities",
            "high wholesale prices for international bandwidth",
            "long distances between villages and the nearest fibre node",
            "an unreliable electricity supply for network equipment",
            "local internet traffic being routed through exchanges abroad",
            "a coverage gap affecting about {pct}% of the population",
        ],
        "partners": [
            "the universal service fund",
            "the national power utility",
            "local cooperatives",
            "tower companies",
        ],
        "things": [
            ("Rural Broadband Rollout", "a rural broadband rollout combining fibre and wireless links", "project"),
            ("Community Network", "a community-owned wireless network run by local volunteers", "project"),
            (
                "National Internet Exchange Point",
                "a neutral internet exchange point that keeps local traffic local",
                "project",
            ),
            (
                "Universal Service Connectivity Programme",
                "a universal service programme that funds coverage in unserved areas",
                "programme",
            ),
            ("Solar-Powered Connectivity Hubs", "solar-powered connectivity hubs for off-grid villages", "project"),
            ("Open-Access Fibre Backbone", "an open-access fibre backbone shared by several operators", "project"),
            (
                "Connected Schools Initiative",
                "an initiative connecting public schools to high-speed internet",
                "programme",
            ),
            (
                "Public Wi-Fi Access Points",
                "a network of free public Wi-Fi access points in markets and libraries",
                "project",
            ),
            (
                "Infrastructure Sharing Guidelines",
                "guidelines on sharing towers, ducts and rights of way among operators",
                "guideline",
            ),
            ("Broadband Coverage Map", "an interactive map of broadband coverage and quality", "website"),
            (
                "Submarine Cable Landing Station",
                "a new submarine cable landing station with backhaul to the capital",
                "project",
            ),
            (
                "Last-Mile Connectivity Fund",
                "a fund that co-finances last-mile networks built by small operators",
                "programme",
            ),
        ],
        "context": [
            "Outside {place} and a few other urban centres, many communities in {country} still depended on 2G signals or had no coverage at all.",
            "A national survey showed that only {pct}% of rural households could afford a monthly broadband subscription.",
            "Local traffic was often exchanged abroad, which made connections slow and expensive for users and operators alike.",
            "Operators considered the remote districts around {place2} commercially unattractive because of low population density and difficult terrain.",
            "Frequent power cuts meant that existing sites were offline for several hours a day.",
            "Schools, clinics and local administrations lacked the bandwidth needed to use online services.",
        ],
        "approach": [
            "The network uses {tech}, linked to the national backbone by {tech2}.",
            "Local technicians are trained to install, maintain and repair the equipment, so that outages can be fixed within hours rather than weeks.",
            "An open-access model allows several service providers to offer retail services over the same infrastructure.",
            "Each site is designed to run on renewable energy, with batteries covering up to {n_small} hours without sun.",
            "Coverage and speed measurements are collected continuously and published as open data.",
            "Anchor institutions such as schools, clinics and district offices are connected first and then serve as hubs for the surrounding community.",
        ],
        "approach_past": [
            "Sites were selected with operators and local authorities on the basis of population, distance to fibre and the presence of schools and clinics.",
            "Spectrum was assigned on a light-licensing basis to keep costs low for small and community operators.",
        ],
        "results": [
            "{n_small} new sites have been switched on, bringing mobile broadband to about {n_big} people for the first time.",
            "The share of local traffic exchanged in-country rose to {hpct}%, and latency for local services fell by more than half.",
            "Entry-level broadband prices dropped by {pct}% in the areas served.",
            "{n_mid} schools and health centres now have a reliable connection.",
            "Network availability at the solar-powered sites has stayed above 98 per cent.",
            "Monthly data traffic on the network has grown {n_small}-fold since launch.",
            "{n_mid} kilometres of fibre have been laid, much of it along existing power lines.",
        ],
        "metrics": [
            "people newly covered by mobile broadband",
            "schools and clinics connected",
            "kilometres of fibre deployed",
            "new network sites",
        ],
        "next": [
            "The next phase will extend the backbone to {n_small} additional districts and upgrade existing sites to 5G-ready equipment.",
            "{org} intends to hand over day-to-day operation of the community sites to local cooperatives.",
            "A study on satellite backhaul for the most isolated islands and mountain villages is planned for {ey}.",
        ],
        "qual": [
            "Residents no longer have to travel to the district town to make a video call or submit an online application.",
            "Local businesses have started to sell online and accept mobile payments.",
            "Teachers use online resources in class for the first time.",
        ],
        "challenges": [
            "Securing rights of way and permits from several authorities delayed construction in some districts.",
            "Theft of batteries and solar panels required community-based site protection arrangements.",
            "Import duties on network equipment increased costs by close to {pct}%.",
            "Difficult terrain and the rainy season limited the time available for civil works.",
        ],
        "goals": [
            "extend affordable broadband to unserved communities",
            "reduce the cost of connectivity for end users",
            "keep local internet traffic within the country",
            "connect every public school and clinic in the target districts",
        ],
        "link": "expanding affordable and resilient connectivity where markets alone have not delivered it",
        "sdgs": [9, 9, 17, 4, 3, 10, 11, 7],
        "gdc": [1, 1, 2],
        "related": ["C1", "C6", "C3", "C11"],
        "brand": ["Connect", "Net", "Link", "Wave", "Fibre"],
    },
    {
        "code": "C3",
        "topics": [
            ("Open Data", "open data"),
            ("Access to Information", "access to information"),
            ("Digital Libraries", "digital libraries"),
            ("Open Knowledge", "open knowledge"),
        ],
        "aud": [
            "students and researchers",
            "rural library users",
            "persons with visual impairments",
            "journalists and civil society groups",
            "local entrepreneurs",
            "public servants",
        ],
        "tech": [
            "an open data portal with machine-readable datasets",
            "a digital repository based on open-source library software",
            "community telecentres with shared computers",
            "offline content servers for areas without internet",
            "screen-reader compatible e-books",
            "a national union catalogue",
            "an open API for public information",
            "a request-tracking system for freedom-of-information requests",
        ],
        "problems": [
            "limited access to public information outside the capital",
            "printed collections that were deteriorating and hard to consult",
            "the scarcity of accessible formats for persons with disabilities",
            "government data locked in PDF files and paper archives",
            "the high cost of academic journals and textbooks",
            "long delays in answering information requests from citizens",
        ],
        "partners": [
            "the national library",
            "the national archives",
            "university libraries",
            "associations of blind and partially sighted people",
        ],
        "things": [
            ("Open Data Portal", "a national open data portal publishing government datasets", "website"),
            ("Digital Library", "a digital library giving free access to books, theses and archives", "website"),
            (
                "Community Knowledge Centres",
                "a network of community knowledge centres with free internet and training",
                "project",
            ),
            (
                "Accessible Books Programme",
                "a programme producing accessible books for readers with visual impairments",
                "programme",
            ),
            (
                "Offline Knowledge Servers",
                "offline servers that bring educational and health content to unconnected villages",
                "project",
            ),
            (
                "Online Freedom of Information Requests",
                "an online system for submitting and tracking freedom-of-information requests",
                "website",
            ),
            ("Open Access Research Repository", "an open access repository for publicly funded research", "website"),
            (
                "Historic Newspapers Digitisation",
                "the digitisation of historic newspapers and public records",
                "project",
            ),
            ("Libraries as Digital Hubs", "a programme turning public libraries into digital access hubs", "programme"),
            ("Open Data Publication Guidelines", "guidelines helping public bodies publish open data", "guideline"),
            (
                "Open-Source Software for Public Administration",
                "a programme promoting open-source software in public administration",
                "programme",
            ),
        ],
        "context": [
            "Before the initiative, most public datasets in {country} were published as scanned documents, if at all.",
            "Public libraries in {place} and neighbouring districts had outdated collections and no internet connection.",
            "Students outside the main universities had almost no access to academic literature.",
            "Fewer than {pct}% of official documents were available in formats usable by screen readers.",
            "Citizens who wanted information from public bodies had to submit paper requests and often waited months for a reply.",
            "Civil society organisations and journalists had repeatedly called for better access to public budget and procurement data.",
        ],
        "approach": [
            "The platform is built on {tech} and linked to {tech2}.",
            "Datasets are published under an open licence, with clear metadata and update schedules.",
            "Librarians are trained in digitisation, metadata standards and user support.",
            "Content is indexed in {lang} and English, and the interface follows accessibility guidelines.",
            "A help desk answers questions by phone, e-mail and chat, and hosts monthly data clinics for journalists and students.",
            "Each public body appoints an information officer responsible for publishing data and answering requests.",
        ],
        "approach_past": [
            "Priority collections were selected with users, starting with school textbooks, local history and agricultural extension materials.",
            "An inventory of datasets held by {n_small} public bodies was compiled before the portal opened.",
        ],
        "results": [
            "The portal now hosts {n_mid} datasets from {n_small} public institutions and records about {n_big} downloads a year.",
            "{n_mid} titles have been digitised and made freely available online.",
            "The average time needed to answer an information request fell from {n_small} weeks to a few days.",
            "{n_small} community centres are operational, welcoming around {n_mid} visitors a month.",
            "More than {n_mid} accessible books have been produced and distributed to schools and associations of blind people.",
            "Datasets from the portal have been reused in {n_small} apps and {n_mid} news stories.",
        ],
        "metrics": [
            "open datasets published",
            "digitised titles",
            "registered library users",
            "information requests processed online",
        ],
        "next": [
            "The next step is to add a public API and real-time datasets on transport, budgets and air quality.",
            "{org} plans to extend the network of centres to {n_small} more districts by {ey}.",
            "A data literacy programme for local journalists and civil society groups is being prepared.",
        ],
        "qual": [
            "Journalists have used the data to publish stories on public spending, prompting follow-up by the authorities.",
            "Students in remote areas say they can now complete assignments without travelling to the capital.",
            "Readers with visual impairments have gained independent access to newspapers and textbooks.",
        ],
        "challenges": [
            "Some institutions were reluctant to publish data and needed sustained engagement and legal clarification.",
            "Copyright clearance for digitised material took longer than planned.",
            "Keeping datasets up to date requires staff time that many agencies lack.",
        ],
        "goals": [
            "make public information freely and easily accessible",
            "open up government data for reuse",
            "preserve and share documentary heritage",
            "provide accessible formats for persons with disabilities",
        ],
        "link": "widening free and equitable access to public information, data and knowledge",
        "sdgs": [16, 4, 10, 9, 17, 11],
        "gdc": [4, 1, 3],
        "related": ["C8", "C4", "C7.8", "C1"],
        "brand": ["Open", "Knowledge", "Access", "Data", "Books"],
    },
    {
        "code": "C4",
        "topics": [
            ("Digital Skills", "digital skills"),
            ("Digital Literacy", "digital literacy"),
            ("ICT Capacity Building", "ICT capacity building"),
            ("Coding Skills", "coding skills"),
        ],
        "aud": [
            "young people not in education or employment",
            "women entrepreneurs",
            "older adults",
            "civil servants",
            "teachers",
            "girls in secondary school",
            "persons with disabilities",
            "rural youth",
        ],
        "tech": [
            "a blended learning platform with offline modules",
            "mobile coding labs installed in converted buses",
            "micro-credentials recognised by employers",
            "a digital competence framework with five proficiency levels",
            "a peer-mentoring model",
            "low-cost laptops preloaded with learning content",
            "a learning management system in {lang}",
            "community trainers drawn from local youth",
        ],
        "problems": [
            "low levels of basic digital skills, especially among women and older people",
            "a shortage of qualified ICT professionals",
            "the gap between university curricula and employers' needs",
            "limited training opportunities outside the capital",
            "girls dropping out of science and technology subjects",
        ],
        "partners": [
            "technical and vocational training institutes",
            "public libraries",
            "employers' associations",
            "women's associations",
        ],
        "things": [
            (
                "Digital Skills for All Programme",
                "a national programme teaching basic digital skills to adults",
                "programme",
            ),
            ("Girls Coding Clubs", "after-school coding clubs for girls aged 12 to 18", "training"),
            (
                "Mobile Digital Literacy Caravan",
                "a mobile caravan bringing digital literacy training to rural communities",
                "training",
            ),
            (
                "National Digital Skills Framework",
                "a national digital skills framework with proficiency levels",
                "guideline",
            ),
            (
                "Cloud and Data Skills Academy",
                "an academy training young graduates in cloud computing and data analysis",
                "training",
            ),
            ("Seniors Online", "a programme helping older adults use online services safely", "training"),
            (
                "Digital Leadership Programme for Civil Servants",
                "a leadership programme for senior civil servants on digital transformation",
                "training",
            ),
            (
                "Community Digital Champions",
                "a network of community volunteers who help neighbours get online",
                "project",
            ),
            (
                "ICT Accessibility Training Centre",
                "a training centre offering ICT courses adapted to persons with disabilities",
                "project",
            ),
            (
                "Digital Skills Voucher Scheme",
                "a voucher scheme that pays for certified digital skills courses",
                "programme",
            ),
        ],
        "context": [
            "According to national statistics, only {pct}% of adults in {country} could carry out basic tasks such as sending an e-mail with an attachment.",
            "Employers in {place} reported difficulties filling vacancies in software development, networking and data analysis.",
            "Women, older people and rural residents were far less likely to have digital skills than young men in cities.",
            "Many public services had moved online, but a large part of the population lacked the confidence to use them.",
            "Existing training offers were concentrated in {place} and rarely reached smaller towns.",
        ],
        "approach": [
            "Training combines {tech} with {tech2}, so that learners can continue even when connectivity is poor.",
            "Courses are offered in {lang} and built around everyday tasks such as using mobile money, finding information and protecting personal data.",
            "Each learner completes an initial assessment that places them at the right level of the curriculum.",
            "Sessions are held in libraries, schools and community centres in {place} and {place2}, at times that suit working adults and parents.",
            "Graduates receive certificates recognised by national employers and can progress to advanced modules.",
            "Advanced tracks in software development, cybersecurity and data analysis are designed with employers.",
        ],
        "approach_past": [
            "A pool of {n_small} trainers, half of them women, was recruited and certified to deliver the programme.",
            "The curriculum was mapped against a recognised digital competence framework before the first cohort started.",
        ],
        "results": [
            "{n_mid} people have completed the training so far, {wpct}% of them women.",
            "{pct}% of participants who were unemployed at the start found a job or started a business within a year.",
            "Pre- and post-training tests show an average improvement of {pct} points in digital skills scores.",
            "The programme has been delivered in {n_small} districts, including several that had never hosted ICT training before.",
            "{n_small} partner companies have hired graduates of the advanced tracks.",
            "{n_mid} certificates have been issued, and the completion rate stands at {hpct}%.",
        ],
        "metrics": ["learners trained", "certified trainers", "women and girls reached", "graduates placed in jobs"],
        "next": [
            "{org} plans to add modules on artificial intelligence, cyber hygiene and online entrepreneurship.",
            "The curriculum will become part of the national adult education system from {ey}.",
            "A tracer study of graduates will measure long-term employment outcomes.",
        ],
        "qual": [
            "Participants describe greater confidence in using online services without help from relatives.",
            "Several graduates have become trainers themselves, creating a multiplier effect in their communities.",
            "Parents report that they can now follow their children's schoolwork online.",
        ],
        "challenges": [
            "Irregular attendance among working adults required flexible schedules and catch-up sessions.",
            "Many learners did not own a device, so shared equipment had to be provided.",
            "Recruiting qualified female trainers in rural areas took considerable effort.",
        ],
        "goals": [
            "equip citizens with the digital skills they need for work and daily life",
            "close the gender gap in digital skills",
            "build a pipeline of ICT professionals",
            "support lifelong learning",
        ],
        "link": "building the digital skills and human capacity that everyone needs to take part in the information society",
        "sdgs": [4, 4, 5, 8, 10, 9],
        "gdc": [1, 2],
        "related": ["C7.3", "C7.5", "C3", "C10"],
        "brand": ["Skills", "Academy", "Code", "Learn", "Digital"],
    },
    {
        "code": "C5",
        "topics": [
            ("Cybersecurity", "cybersecurity"),
            ("Online Safety", "online safety"),
            ("Cyber Resilience", "cyber resilience"),
            ("Child Online Protection", "child online protection"),
        ],
        "aud": [
            "small and medium-sized enterprises",
            "children and parents",
            "critical infrastructure operators",
            "public sector IT staff",
            "law enforcement officers",
            "bank and mobile money customers",
        ],
        "tech": [
            "a national computer incident response team (CIRT)",
            "a threat-intelligence sharing platform",
            "a security operations centre",
            "phishing simulation exercises",
            "a national cybersecurity maturity assessment",
            "a reporting hotline for online abuse",
            "multi-factor authentication for public services",
            "a coordinated vulnerability disclosure programme",
            "cyber drills with sector regulators",
        ],
        "problems": [
            "a sharp increase in ransomware attacks against hospitals and municipalities",
            "low awareness of online risks among children and parents",
            "the absence of a coordinated national incident response",
            "weak security practices in small businesses",
            "a rise in mobile money fraud and phishing",
            "a shortage of trained cybersecurity professionals",
        ],
        "partners": ["the police cybercrime unit", "the central bank", "sector regulators", "school networks"],
        "things": [
            (
                "National Cybersecurity Strategy",
                "a national cybersecurity strategy with an action plan and governance structure",
                "programme",
            ),
            (
                "National Computer Incident Response Team",
                "a national computer incident response team serving government and critical sectors",
                "project",
            ),
            ("Child Online Protection Campaign", "a campaign and helpline for child online protection", "project"),
            (
                "Cyber Hygiene for Small Businesses",
                "a programme helping small businesses adopt basic cybersecurity measures",
                "training",
            ),
            (
                "National Cyber Drill",
                "a national cyber drill testing the response of critical infrastructure operators",
                "other",
            ),
            (
                "Cybercrime Legislation Reform",
                "the reform of cybercrime and electronic evidence legislation",
                "guideline",
            ),
            ("Cybersecurity Awareness Month", "an annual awareness month on safe online behaviour", "conference"),
            (
                "Women in Cybersecurity Fellowship",
                "a fellowship training women for careers in cybersecurity",
                "training",
            ),
            (
                "Phishing Reporting Service",
                "a public service for reporting phishing messages and fraudulent websites",
                "website",
            ),
            (
                "Critical Information Infrastructure Protection Framework",
                "a framework for identifying and protecting critical information infrastructure",
                "guideline",
            ),
            (
                "Sectoral Security Operations Centre",
                "a shared security operations centre for the financial sector",
                "project",
            ),
        ],
        "context": [
            "Reported cyber incidents in {country} increased by {pct}% over three years, with ransomware hitting hospitals, banks and local authorities.",
            "Until recently, there was no single point of contact to report and coordinate responses to cyber incidents.",
            "A survey by {org} found that {pct}% of small businesses had no backup policy and used shared passwords.",
            "Teachers and parents in {place} raised concerns about cyberbullying and online grooming.",
            "Fraudulent SMS and fake websites targeting mobile money users were causing significant losses for low-income households.",
            "The legal framework predated smartphones and did not define many forms of cybercrime.",
        ],
        "approach": [
            "The response rests on {tech}, supported by {tech2}.",
            "Roles and responsibilities are set out in a national framework covering legal, technical, organisational, capacity-building and cooperation measures.",
            "Incidents are triaged around the clock and shared, in anonymised form, with sector regulators and trusted partners abroad.",
            "Participants take part in realistic exercises simulating attacks on energy, finance and health systems.",
            "Awareness messages are produced in {lang} and spread through schools, radio, social media and mobile operators.",
            "Small businesses receive a free self-assessment, a checklist of priority measures and follow-up advice.",
        ],
        "approach_past": [
            "Awareness materials were tested with children, parents and teachers before launch.",
            "The legal reform was prepared with the judiciary, prosecutors and civil society to balance security with privacy and freedom of expression.",
        ],
        "results": [
            "The team handled {n_mid} incidents last year and issued {n_small} public advisories.",
            "{n_mid} small businesses completed the cyber hygiene programme, and {pct}% of them have since adopted multi-factor authentication.",
            "Awareness sessions reached {n_big} pupils and parents in {n_small} schools.",
            "Average response time to critical incidents fell from several days to under {n_small} hours.",
            "The national score in an independent cybersecurity maturity assessment improved in four of five dimensions.",
            "Reported phishing sites are now taken down on average within {n_small} hours.",
        ],
        "metrics": [
            "incidents handled",
            "professionals trained in cybersecurity",
            "schoolchildren reached by online safety sessions",
            "small businesses assessed",
        ],
        "next": [
            "Sector-specific response teams for energy and finance will be set up by {ey}.",
            "{org} is preparing a regional exercise with neighbouring countries to test cross-border cooperation.",
            "The next phase will focus on securing public sector cloud services and software supply chains.",
        ],
        "qual": [
            "Businesses report greater confidence in using online payments and cloud services.",
            "Parents say they now know where to turn when their child faces harassment online.",
            "Cooperation between agencies during incidents has become faster and more structured.",
        ],
        "challenges": [
            "Retaining skilled staff is difficult because the private sector offers much higher salaries.",
            "Some victims remain reluctant to report incidents for fear of reputational damage.",
            "Coordinating many agencies with overlapping mandates required clear legal provisions.",
        ],
        "goals": [
            "strengthen national capacity to prevent and respond to cyber incidents",
            "protect children and vulnerable users online",
            "build trust in digital services",
            "develop a skilled cybersecurity workforce",
        ],
        "link": "building confidence and security in the use of ICTs through legal, technical, organisational and cooperative measures",
        "sdgs": [16, 16, 9, 17, 4, 5, 8],
        "gdc": [3, 3, 4],
        "related": ["C6", "C4", "C10", "C11"],
        "brand": ["Shield", "Secure", "Guard", "Safe", "Cyber"],
    },
    {
        "code": "C6",
        "topics": [
            ("Digital Regulation", "digital regulation"),
            ("ICT Policy and Regulation", "ICT policy and regulation"),
            ("Data Protection", "data protection"),
            ("Spectrum Policy", "spectrum policy"),
        ],
        "aud": [
            "telecom operators and internet service providers",
            "consumers",
            "start-ups",
            "regulatory staff",
            "data controllers in public and private organisations",
            "investors",
        ],
        "tech": [
            "a regulatory impact assessment methodology",
            "an online licensing portal",
            "a consumer complaints platform",
            "a spectrum management system",
            "a regulatory sandbox for digital services",
            "collaborative regulation with sector regulators",
            "quality-of-service measurement probes",
            "a data protection registration system",
        ],
        "problems": [
            "outdated licensing rules that did not reflect converged services",
            "slow, paper-based licensing procedures",
            "weak protection of consumers' personal data",
            "low competition in the wholesale broadband market",
            "uncertainty for investors about spectrum availability",
            "the lack of clear rules for digital financial services and platforms",
        ],
        "partners": ["the competition authority", "the central bank", "consumer associations", "industry associations"],
        "things": [
            (
                "Unified Licensing Framework",
                "a unified, technology-neutral licensing framework for electronic communications",
                "guideline",
            ),
            ("Online Licensing Portal", "an online portal for licence applications and renewals", "website"),
            (
                "Data Protection Law Implementation",
                "the implementation of a new personal data protection law",
                "programme",
            ),
            (
                "Regulatory Sandbox for Digital Services",
                "a regulatory sandbox for fintech and digital service start-ups",
                "programme",
            ),
            (
                "Quality of Service Monitoring System",
                "a system measuring mobile and broadband quality of service",
                "project",
            ),
            (
                "Telecom Consumer Complaints Platform",
                "an online platform for handling consumer complaints about telecom services",
                "website",
            ),
            ("Five-Year Spectrum Roadmap", "a five-year spectrum roadmap for mobile broadband", "guideline"),
            (
                "Collaborative Digital Regulation Forum",
                "a forum bringing together regulators from telecom, finance, competition and data protection",
                "conference",
            ),
            (
                "Digital Economy Investment Climate Review",
                "a review of the investment climate for the digital economy",
                "project",
            ),
            (
                "National Internet Governance Forum",
                "a national internet governance forum open to all stakeholders",
                "conference",
            ),
        ],
        "context": [
            "The telecommunications law of {country} dated back to the early 2000s and treated voice, data and broadcasting as separate markets.",
            "Licence applications required several visits to the regulator's offices and could take up to {n_small} months.",
            "Consumers had few ways to complain about billing errors, poor coverage or unsolicited messages.",
            "Start-ups offering digital financial services faced unclear rules and struggled to attract investment.",
            "With the growth of online services, the protection of personal data had become a public concern.",
        ],
        "approach": [
            "The reform draws on public consultation and {tech}.",
            "Applications, fees and reporting obligations are handled through {tech}, replacing paper files.",
            "A regulatory sandbox lets companies test innovative services under supervision for up to {months} months.",
            "The regulator publishes quality-of-service results by operator and district, using {tech2}.",
            "A memorandum of understanding with the competition and financial authorities provides for joint investigations and information sharing.",
            "Guidance notes explain new obligations in plain language for businesses and consumers in {lang} and English.",
        ],
        "approach_past": [
            "Draft rules were published for two rounds of public comment, and a summary of responses was released with the final text.",
            "A benchmarking study of {n_small} countries informed the choice of licensing categories.",
        ],
        "results": [
            "Licence processing time fell from months to an average of {n_small} days.",
            "{n_mid} consumer complaints were resolved through the platform last year, {hpct}% within the target deadline.",
            "{n_small} start-ups have tested services in the sandbox, and several have since obtained full licences.",
            "Mobile broadband prices fell by {pct}% after the introduction of infrastructure sharing and new spectrum assignments.",
            "{n_mid} organisations have registered as data controllers and appointed data protection officers.",
        ],
        "metrics": [
            "licences processed online",
            "consumer complaints resolved",
            "sandbox participants",
            "registered data controllers",
        ],
        "next": [
            "Secondary regulations on cross-border data flows and digital platforms will be published for consultation in {ey}.",
            "{org} plans to open the quality-of-service data through a public API.",
            "A review of the universal service fund rules is scheduled as the next step.",
        ],
        "qual": [
            "Operators describe the licensing process as more predictable and transparent.",
            "Consumers are more aware of their rights and more willing to complain when services fall short.",
            "Investors cite regulatory clarity as a factor in new network investments.",
        ],
        "challenges": [
            "Aligning the mandates of several regulators required lengthy negotiation.",
            "Some incumbent operators resisted infrastructure-sharing obligations.",
            "Building in-house skills on data protection and platform economics takes time.",
        ],
        "goals": [
            "create a predictable, investment-friendly regulatory environment",
            "protect consumers and their personal data",
            "promote competition and innovation in digital markets",
            "simplify administrative procedures for businesses",
        ],
        "link": "creating a transparent, predictable and pro-competitive enabling environment for the digital economy",
        "sdgs": [9, 9, 16, 8, 17, 10],
        "gdc": [2, 4, 3],
        "related": ["C1", "C2", "C5", "C7.2"],
        "brand": ["Reg", "Clear", "Trust", "Fair"],
    },
    {
        "code": "C7.1",
        "topics": [
            ("E-Government", "e-government"),
            ("Digital Public Services", "digital public services"),
            ("Digital Public Infrastructure", "digital public infrastructure"),
            ("Digital Identity", "digital identity"),
        ],
        "aud": [
            "citizens and residents",
            "businesses",
            "civil servants",
            "municipal administrations",
            "migrants and diaspora communities",
            "rural residents",
        ],
        "tech": [
            "a national digital identity with electronic signature",
            "an interoperability layer connecting government registries",
            "a once-only data exchange between agencies",
            "a mobile government app",
            "an online payment gateway for public fees",
            "a single sign-on citizen portal",
            "an electronic document management system",
            "cloud hosting in a government data centre",
            "a chatbot answering questions in {lang}",
        ],
        "problems": [
            "long queues and repeated visits to government offices",
            "citizens being asked for the same documents by several agencies",
            "paper-based procedures that were slow and open to informal payments",
            "poor access to public services for people living far from administrative centres",
            "disconnected databases across ministries",
            "opaque public procurement processes",
        ],
        "partners": ["the civil registry", "the national post", "municipal service centres", "the revenue authority"],
        "things": [
            ("One-Stop Citizen Portal", "a one-stop portal offering public services online", "website"),
            (
                "Digital ID and E-Signature",
                "a digital identity and electronic signature scheme for citizens and businesses",
                "project",
            ),
            (
                "Government Interoperability Platform",
                "a platform allowing government agencies to exchange data securely",
                "project",
            ),
            ("Electronic Public Procurement System", "an electronic public procurement system", "project"),
            ("Mobile Public Services App", "a mobile app giving access to the most used public services", "project"),
            ("Digital Civil Registration", "the digitisation of birth, marriage and death registration", "project"),
            (
                "Paperless Government Programme",
                "a programme to remove paper from internal government workflows",
                "programme",
            ),
            (
                "Assisted Digital Service Centres",
                "a network of centres where staff help citizens use online services",
                "project",
            ),
            (
                "Same-Day Online Business Registration",
                "online company registration completed in a single day",
                "project",
            ),
            (
                "Digital Service Standard",
                "a service standard for designing user-centred digital public services",
                "guideline",
            ),
            (
                "Shared E-Services Platform for Municipalities",
                "a shared e-services platform for small municipalities",
                "project",
            ),
            ("Open Budget Portal", "an open budget portal showing how public money is spent", "website"),
        ],
        "context": [
            "Obtaining a simple certificate in {country} used to require several visits to different offices and up to {n_small} days of waiting.",
            "Agencies kept their own databases and asked citizens repeatedly for documents the state already held.",
            "Residents of rural districts such as those around {place2} spent a day or more travelling to reach an administrative centre.",
            "A citizen satisfaction survey ranked public service delivery among the main sources of frustration with government.",
            "The government had committed to making all key public services available online as part of its digital agenda.",
        ],
        "approach": [
            "Services are delivered through {tech}, with {tech2} ensuring that data is reused rather than requested again.",
            "The platform is built on open standards and reusable components, so that any ministry can add new services.",
            "Citizens can sign documents, pay fees and track the status of their requests from a phone.",
            "Assisted digital counters in post offices and municipal halls help people who are not comfortable online.",
            "Privacy by design applies throughout, and citizens can see which agency accessed their data and when.",
            "Service owners in each ministry are responsible for user research, performance data and continuous improvement.",
        ],
        "approach_past": [
            "Each service was redesigned with users before being digitised, removing unnecessary steps and documents.",
            "A legal amendment gave electronic documents and signatures the same value as paper ones.",
        ],
        "results": [
            "{n_small} services are now fully online, and {n_big} transactions were completed through the platform last year.",
            "The average time to obtain a certificate fell from {n_small} days to less than an hour.",
            "{hpct}% of users rated their experience as good or very good.",
            "{n_mid} civil servants were trained to manage the new digital workflows.",
            "Savings for citizens and businesses are estimated at {n_big} hours of travel and waiting time per year.",
            "More than {n_big} people have activated their digital identity.",
        ],
        "metrics": [
            "services available online",
            "online transactions",
            "digital identities issued",
            "agencies connected to the data exchange",
        ],
        "next": [
            "The next phase will introduce life-event services, such as the birth of a child, that combine several procedures into one.",
            "{org} plans to publish the platform's components as digital public goods that other countries can reuse.",
            "Integration with local government services is planned for {ey}.",
        ],
        "qual": [
            "Citizens describe the services as simpler and more transparent, with fewer opportunities for informal payments.",
            "Civil servants spend less time on paperwork and more on complex cases.",
            "Trust in public institutions has improved according to the latest national survey.",
        ],
        "challenges": [
            "Legacy systems in several agencies did not support data exchange and had to be upgraded.",
            "Change management in the civil service required sustained leadership.",
            "Ensuring inclusion for people without smartphones or digital skills remains a concern.",
        ],
        "goals": [
            "make public services accessible anytime and anywhere",
            "reduce the administrative burden on citizens and businesses",
            "increase transparency and accountability",
            "build a secure digital public infrastructure",
        ],
        "link": "using ICTs to deliver public services that are efficient, transparent and accessible to everyone",
        "sdgs": [16, 16, 10, 9, 17, 11, 8],
        "gdc": [1, 4, 2],
        "related": ["C1", "C5", "C6", "C7.2"],
        "brand": ["Gov", "Services", "Citizen", "One", "Portal"],
    },
    {
        "code": "C7.2",
        "topics": [
            ("E-Commerce", "e-commerce"),
            ("Digital Payments", "digital payments"),
            ("E-Business", "e-business"),
            ("Digital Trade", "digital trade"),
        ],
        "aud": [
            "micro, small and medium-sized enterprises",
            "women-owned businesses",
            "artisans and craft producers",
            "informal traders",
            "exporters",
            "start-up founders",
        ],
        "tech": [
            "an online marketplace with integrated logistics",
            "mobile money and QR-code payments",
            "an electronic single window for trade",
            "cloud-based accounting tools",
            "electronic invoicing",
            "a digital credit scoring model",
            "a business advisory chatbot",
            "a trade information portal",
        ],
        "problems": [
            "small businesses relying almost entirely on cash and face-to-face sales",
            "high costs and long delays in clearing goods at the border",
            "limited access to credit for informal businesses",
            "artisans depending on intermediaries who capture most of the value",
            "low adoption of digital tools among micro-enterprises",
        ],
        "partners": ["commercial banks", "mobile money operators", "the customs administration", "logistics companies"],
        "things": [
            (
                "MSME Digitalisation Programme",
                "a programme helping micro and small enterprises go digital",
                "programme",
            ),
            (
                "National Trade Single Window",
                "an electronic single window for import, export and transit procedures",
                "project",
            ),
            ("Artisans Online Marketplace", "an online marketplace for artisans and craft producers", "website"),
            (
                "QR Payments for Market Traders",
                "an initiative bringing low-cost QR payments to market traders",
                "project",
            ),
            ("E-Commerce Readiness Assessment", "a national assessment of e-commerce readiness", "guideline"),
            ("Digital Start-up Acceleration Programme", "an acceleration programme for digital start-ups", "programme"),
            ("Women Selling Online", "a programme supporting women-owned businesses to sell online", "training"),
            ("Electronic Invoicing Rollout", "the nationwide rollout of electronic invoicing", "project"),
            ("Cross-Border E-Commerce Forum", "a forum on digital trade and cross-border e-commerce", "conference"),
            (
                "Digital Credit for Informal Traders",
                "a digital credit service for informal traders based on transaction records",
                "project",
            ),
        ],
        "context": [
            "Micro and small enterprises make up most businesses in {country}, yet only {pct}% of them sold any products online.",
            "Exporters faced an average of {n_small} separate documents and several days of waiting to clear a shipment.",
            "Many traders in the markets of {place} operate informally and have no record of sales that could support a loan application.",
            "The pandemic showed how vulnerable businesses without a digital presence were to sudden lockdowns.",
            "Artisans in rural areas around {place2} depended on middlemen to reach buyers in the cities.",
        ],
        "approach": [
            "Participating firms receive a diagnostic, a digital toolkit and {months} months of coaching.",
            "The solution combines {tech} with {tech2}, integrated with the main banks and mobile money operators.",
            "Traders open an account with just a phone number and national ID, and pay no fees on small transactions.",
            "Customs, standards, health and trade agencies process declarations through a single electronic submission.",
            "Training is delivered in {lang} by local business advisers, many of them former participants.",
            "Sellers are supported with product photography, pricing, packaging and delivery partnerships.",
        ],
        "approach_past": [
            "Procedures were mapped and simplified with customs brokers and exporters before the system was built.",
            "Fees were negotiated with payment providers to keep transactions affordable for the smallest merchants.",
        ],
        "results": [
            "{n_mid} businesses have joined the programme, {wpct}% of them owned by women.",
            "Participating firms reported an average increase in sales of {pct}% after one year.",
            "Clearance times at the main border crossings fell by {pct}%.",
            "The marketplace has recorded {n_big} orders worth an estimated US$ {money} million.",
            "{n_mid} merchants accept digital payments for the first time.",
            "{n_small} start-ups supported by the programme have raised follow-on investment.",
        ],
        "metrics": [
            "businesses onboarded",
            "merchants accepting digital payments",
            "online orders",
            "trade declarations processed electronically",
        ],
        "next": [
            "{org} plans to connect the platform with regional trade corridors and neighbouring single windows.",
            "Cross-border e-commerce and export readiness will be the focus of the next phase.",
            "A credit product based on digital transaction histories will be piloted with partner banks in {ey}.",
        ],
        "qual": [
            "Business owners say that digital records have made it easier to obtain credit from banks.",
            "Women entrepreneurs report greater control over their income and business decisions.",
            "Traders feel safer handling less cash.",
        ],
        "challenges": [
            "Low trust in online payments among consumers slowed adoption at first.",
            "Logistics and last-mile delivery outside the main cities remain costly.",
            "Many micro-enterprises lacked smartphones or reliable connectivity.",
        ],
        "goals": [
            "help small businesses enter the digital economy",
            "reduce trade costs and procedures",
            "increase the use of digital payments",
            "create jobs and income for women and young entrepreneurs",
        ],
        "link": "helping enterprises, particularly small ones, use ICTs to reach markets, trade and grow",
        "sdgs": [8, 8, 9, 5, 1, 17, 10],
        "gdc": [2, 2, 1],
        "related": ["C6", "C4", "C7.5", "C11"],
        "brand": ["Pay", "Market", "Trade", "Soko", "Biz"],
    },
    {
        "code": "C7.3",
        "topics": [
            ("E-Learning", "e-learning"),
            ("Digital Education", "digital education"),
            ("Distance Learning", "distance learning"),
            ("Educational Technology", "educational technology"),
        ],
        "aud": [
            "primary school pupils",
            "secondary school students",
            "teachers",
            "university students",
            "refugee and displaced children",
            "out-of-school adolescents",
            "adult learners",
        ],
        "tech": [
            "a national learning management system",
            "offline tablets preloaded with curriculum content",
            "radio and TV lessons complemented by SMS quizzes",
            "adaptive learning software for mathematics and reading",
            "a repository of open educational resources",
            "virtual science laboratories",
            "interactive whiteboards and classroom projectors",
            "a teacher professional development platform",
            "zero-rated access to educational websites",
        ],
        "problems": [
            "overcrowded classrooms and a shortage of qualified teachers",
            "school closures that interrupted learning for months",
            "low reading and mathematics scores in the early grades",
            "the lack of learning materials in local languages",
            "limited access to higher education for students in remote areas",
            "teachers with little training in using technology in class",
        ],
        "partners": [
            "the ministry of education",
            "teacher-training colleges",
            "parents' associations",
            "public broadcasters",
        ],
        "things": [
            (
                "Digital Classrooms Programme",
                "a programme equipping public schools with digital classrooms",
                "programme",
            ),
            (
                "National E-Learning Platform",
                "a national e-learning platform aligned with the school curriculum",
                "website",
            ),
            (
                "Offline Tablets for Rural Schools",
                "offline tablets loaded with lessons for rural primary schools",
                "project",
            ),
            ("Radio and SMS Learning", "distance learning through radio lessons and SMS quizzes", "project"),
            ("Teacher Digital Competence Programme", "a programme building teachers' digital competences", "training"),
            ("Open Textbooks Initiative", "an initiative producing free, openly licensed textbooks", "project"),
            ("Virtual University Campus", "a virtual campus offering accredited online degree courses", "programme"),
            (
                "Adaptive Mathematics Learning",
                "adaptive learning software that personalises mathematics practice",
                "project",
            ),
            ("Learning Continuity Toolkit", "a toolkit for keeping learning going during school closures", "guideline"),
            (
                "National Conference on Technology in Education",
                "a national conference on technology in education",
                "conference",
            ),
            (
                "Science Labs in the Cloud",
                "virtual laboratories that let secondary students run science experiments online",
                "project",
            ),
        ],
        "context": [
            "In {country}, primary classes often have more than {n_small} pupils per teacher, and many schools lack textbooks.",
            "When schools closed during the pandemic, most pupils in rural districts had no way to continue learning.",
            "Learning assessments showed that only {pct}% of pupils in grade three could read a simple text fluently.",
            "Few teachers had received training in using digital tools for teaching, and connectivity in schools was patchy.",
            "Students from remote regions had to move to {place} to attend university, which many families could not afford.",
            "Educational content in {lang} was scarce, which disadvantaged children who do not speak the official language at home.",
        ],
        "approach": [
            "Lessons are delivered through {tech}, complemented by {tech2}.",
            "Devices synchronise when a connection is available, so pupils can learn offline and teachers can still track progress.",
            "Teachers follow a {months}-month professional development path combining online modules and classroom coaching.",
            "Materials are available in {lang} as well as the official language, with audio support for early readers.",
            "Head teachers and parents' associations are involved in planning and in caring for the equipment.",
            "A simple dashboard shows teachers which pupils need extra support and on which topics.",
        ],
        "approach_past": [
            "Content was developed by teams of experienced teachers and subject specialists and follows the national curriculum.",
            "A pilot in {n_small} schools in {place2} was evaluated before the national rollout.",
        ],
        "results": [
            "{n_mid} schools and {n_big} learners are now using the platform.",
            "Reading fluency among participating pupils improved by {pct}% compared with schools not yet in the programme.",
            "{n_mid} teachers have completed the digital competence training.",
            "The platform hosts {n_mid} lessons and recorded {n_big} learning sessions during the last school year.",
            "Enrolment in online degree courses reached {n_mid} students, {pct}% of them from rural areas.",
            "Pupils' mathematics scores rose by an average of {pct} points after one school year.",
        ],
        "metrics": ["schools equipped", "learners reached", "teachers trained", "digital lessons produced"],
        "next": [
            "The programme will be scaled to all public schools in {n_small} provinces by {ey}.",
            "Artificial intelligence tools for personalised feedback are being tested with a small group of schools.",
            "{org} will publish the content as open educational resources so that other countries can adapt it.",
        ],
        "qual": [
            "Teachers report more interactive lessons and greater pupil engagement.",
            "Parents value being able to follow their children's progress.",
            "Pupils who had fallen behind during school closures have been able to catch up.",
        ],
        "challenges": [
            "Electricity and connectivity in many schools remain unreliable.",
            "Some teachers were initially reluctant to change their teaching methods.",
            "Maintaining and replacing devices requires a recurrent budget.",
        ],
        "goals": [
            "improve learning outcomes through technology",
            "ensure continuity of education in emergencies",
            "provide quality learning materials in local languages",
            "strengthen teachers' digital competences",
        ],
        "link": "using ICTs to improve the quality, reach and resilience of education and lifelong learning",
        "sdgs": [4, 4, 10, 5, 9, 1],
        "gdc": [1, 2],
        "related": ["C4", "C3", "C8", "C2"],
        "brand": ["Learn", "Shule", "Class", "Edu", "Akili"],
    },
    {
        "code": "C7.4",
        "topics": [
            ("Digital Health", "digital health"),
            ("Telemedicine", "telemedicine"),
            ("E-Health", "e-health"),
            ("Mobile Health", "mobile health"),
        ],
        "aud": [
            "pregnant women and new mothers",
            "community health workers",
            "patients with chronic diseases",
            "district hospitals",
            "older people living alone",
            "rural clinics",
        ],
        "tech": [
            "an electronic medical record system",
            "teleconsultation links between rural clinics and referral hospitals",
            "SMS and voice reminders for appointments and vaccinations",
            "a disease surveillance dashboard",
            "a community health worker app that works offline",
            "remote monitoring devices for blood pressure and glucose",
            "a national health data exchange based on HL7 FHIR",
            "AI-assisted screening of medical images",
            "drone delivery of medical supplies",
        ],
        "problems": [
            "long travel distances to specialist care",
            "a shortage of doctors in rural districts",
            "paper-based patient records that were often lost or incomplete",
            "late detection of disease outbreaks",
            "missed vaccinations and antenatal visits",
            "stock-outs of essential medicines at health facilities",
        ],
        "partners": [
            "the ministry of health",
            "district hospitals",
            "community health worker associations",
            "a faculty of medicine",
        ],
        "things": [
            (
                "Telemedicine Network",
                "a telemedicine network linking rural clinics with specialist hospitals",
                "project",
            ),
            ("National Electronic Health Records", "a nationwide electronic health record system", "project"),
            ("Maternal Health SMS Service", "an SMS service supporting pregnant women and new mothers", "project"),
            (
                "Community Health Worker App",
                "a mobile app guiding community health workers through home visits",
                "project",
            ),
            ("Disease Surveillance Dashboard", "a real-time dashboard for disease surveillance", "website"),
            (
                "Remote Monitoring for Chronic Patients",
                "remote monitoring for patients with diabetes and hypertension",
                "project",
            ),
            (
                "National Digital Health Strategy",
                "a national digital health strategy and enterprise architecture",
                "guideline",
            ),
            (
                "Medical Supply Chain Tracking",
                "a digital system tracking essential medicines from warehouse to clinic",
                "project",
            ),
            ("Telepsychology Helpline", "a telepsychology helpline offering free counselling", "project"),
            (
                "Digital Health Training for Nurses and Midwives",
                "a training programme on digital health for nurses and midwives",
                "training",
            ),
            ("Digital Immunisation Registry", "a digital immunisation registry with automated reminders", "programme"),
            (
                "Connected Primary Care Programme",
                "a programme connecting primary care facilities to a shared health record",
                "programme",
            ),
        ],
        "context": [
            "In the rural districts of {country}, patients often travel more than {n_small} kilometres to see a specialist.",
            "There is roughly one doctor for every {n_mid} inhabitants in the province around {place2}.",
            "Health facilities kept paper registers, making it difficult to follow patients over time or to report reliable data.",
            "Maternal and newborn deaths remained high, often because warning signs were detected too late.",
            "Outbreaks of measles and cholera were typically detected weeks after the first cases.",
            "The growing burden of diabetes and hypertension was straining hospital outpatient services in {place}.",
        ],
        "approach": [
            "The service relies on {tech}, linked to {tech2}.",
            "Community health workers use tablets to register households, record visits and refer urgent cases to the nearest facility.",
            "Specialists in {place} hold scheduled teleconsultations with nurses and general practitioners in district clinics.",
            "Messages are sent in {lang} and timed to the stage of pregnancy or the child's vaccination schedule.",
            "Patient data is encrypted and access is controlled by role, in line with national health data protection rules.",
            "The system follows international interoperability standards so that it can exchange data with laboratory and pharmacy systems.",
        ],
        "approach_past": [
            "Clinical protocols were digitised with the national health authorities and validated by specialists.",
            "Health workers took part in usability testing in {n_small} facilities before the system went live.",
        ],
        "results": [
            "More than {n_mid} teleconsultations have been carried out, avoiding an estimated {n_mid2} patient transfers.",
            "{n_mid} health facilities now use electronic records, covering about {n_big} patients.",
            "Attendance at four or more antenatal visits rose from {pct_lo}% to {pct_hi}% in participating districts.",
            "Outbreak alerts now reach district health teams within {n_small} hours instead of weeks.",
            "{n_mid} community health workers have been equipped and trained.",
            "Stock-outs of tracer medicines fell by {pct}% in facilities using the tracking system.",
        ],
        "metrics": [
            "teleconsultations",
            "patients with electronic records",
            "community health workers equipped",
            "health facilities connected",
        ],
        "next": [
            "{org} plans to integrate the system with the national health insurance scheme by {ey}.",
            "A module for mental health and non-communicable diseases is under development.",
            "The next phase will extend the service to all districts and add video consultations for specialist follow-up.",
        ],
        "qual": [
            "Patients no longer need to make costly trips for routine follow-ups.",
            "Health workers feel better supported and less isolated in remote posts.",
            "Mothers say the messages helped them recognise danger signs and seek care earlier.",
        ],
        "challenges": [
            "Connectivity at remote facilities is still intermittent.",
            "Health workers needed time and support to adopt digital tools alongside a heavy workload.",
            "Legal rules on teleconsultation and health data sharing had to be clarified.",
        ],
        "goals": [
            "bring quality health care closer to patients",
            "improve maternal and child health outcomes",
            "strengthen health information systems for better decisions",
            "detect and respond to outbreaks faster",
        ],
        "link": "using ICTs to make health services more accessible, efficient and data-driven",
        "sdgs": [3, 3, 3, 5, 10, 1, 9, 17],
        "gdc": [1, 4, 5],
        "related": ["C7.8", "C4", "C5", "C3"],
        "brand": ["Care", "Health", "Afya", "Med", "Salud"],
    },
    {
        "code": "C7.5",
        "topics": [
            ("E-Employment", "e-employment"),
            ("Digital Jobs", "digital jobs"),
            ("Online Work", "online work"),
            ("Digital Employment Services", "digital employment services"),
        ],
        "aud": [
            "unemployed young people",
            "graduates looking for a first job",
            "women returning to work",
            "persons with disabilities",
            "informal workers",
            "job seekers in rural areas",
            "freelancers",
        ],
        "tech": [
            "an online job-matching platform using skills profiles",
            "AI-based recommendations of vacancies and training",
            "a digital labour market information system",
            "remote work hubs with shared workspaces",
            "an online portfolio and freelancing marketplace",
            "digital registration for social security",
            "a skills passport recording verified competences",
        ],
        "problems": [
            "high youth unemployment, especially among university graduates",
            "a mismatch between job seekers' skills and employers' needs",
            "the limited reach of public employment offices outside the cities",
            "informal work without social protection",
            "barriers to employment for persons with disabilities",
            "scarce and outdated labour market information",
        ],
        "partners": [
            "the public employment service",
            "employers' federations",
            "trade unions",
            "vocational training centres",
        ],
        "things": [
            (
                "Online Job Matching Platform",
                "an online platform that matches job seekers with vacancies based on skills",
                "website",
            ),
            ("Digital Jobs for Youth", "a programme preparing young people for online and digital jobs", "programme"),
            ("Remote Work Hubs", "shared remote work hubs in secondary towns", "project"),
            (
                "Online Freelancer Academy",
                "an academy teaching young people to find and manage online freelance work",
                "training",
            ),
            ("Labour Market Information System", "a digital labour market information system", "project"),
            ("Inclusive Employment Portal", "an accessible employment portal for persons with disabilities", "website"),
            (
                "Platform Workers Social Security Registration",
                "a scheme registering platform workers for social security online",
                "project",
            ),
            ("Telework Guidelines", "guidelines on telework for public and private employers", "guideline"),
            (
                "National Virtual Job Fair",
                "a virtual job fair connecting employers with job seekers nationwide",
                "conference",
            ),
        ],
        "context": [
            "Youth unemployment in {country} stood at around {pct}%, and many graduates spent years looking for a first job.",
            "Public employment offices had limited staff and could not reach job seekers in districts such as those around {place2}.",
            "Employers complained that candidates lacked practical and digital skills, while graduates could not find suitable vacancies.",
            "A large share of workers were in informal jobs without contracts or social protection.",
            "Online freelancing offered new opportunities, but few young people knew how to find international clients safely.",
        ],
        "approach": [
            "Job seekers create a profile in {lang} or English and receive vacancy suggestions through {tech}.",
            "The system draws on {tech2} to identify skills in demand and adjust training offers.",
            "Career counsellors in public employment offices use the platform to follow up with job seekers.",
            "Participants receive training in online work, personal branding and digital payments, followed by mentoring.",
            "The portal is accessible to screen readers and offers sign-language video guides.",
            "Employers post vacancies free of charge and can filter candidates by verified skills.",
        ],
        "approach_past": [
            "Employers and job seekers were interviewed in {n_small} towns to understand how hiring really works.",
            "A skills taxonomy was agreed with employers' federations and training providers.",
        ],
        "results": [
            "{n_big} job seekers and {n_mid} employers have registered on the platform.",
            "{n_mid} people found employment through the service last year, {pct}% of them under 30.",
            "Graduates of the freelancing programme have earned a combined US$ {money} million from online work.",
            "{hpct}% of participants were in work or self-employment six months after the programme.",
            "{n_mid} platform workers have registered for social security.",
        ],
        "metrics": [
            "job seekers registered",
            "job placements",
            "young people trained for online work",
            "employers using the platform",
        ],
        "next": [
            "{org} will add a module on apprenticeships and work-based learning by {ey}.",
            "Data from the platform will feed a quarterly labour market bulletin.",
            "The next phase will extend remote work hubs to {n_small} more towns.",
        ],
        "qual": [
            "Young people report greater confidence in applying for jobs and negotiating with clients.",
            "Employers find it quicker to identify suitable candidates.",
            "Women returning to work value the flexibility of remote and part-time opportunities.",
        ],
        "challenges": [
            "Many job seekers lacked the digital skills to create a complete profile without help.",
            "Online freelancing income can be irregular and exposes workers to non-payment risks.",
            "Persuading employers to post vacancies publicly took time.",
        ],
        "goals": [
            "reduce youth unemployment",
            "match skills to labour market demand",
            "create decent digital work opportunities",
            "extend social protection to new forms of work",
        ],
        "link": "using ICTs to create jobs, improve labour market services and support decent work",
        "sdgs": [8, 8, 4, 5, 10, 1],
        "gdc": [2, 1],
        "related": ["C4", "C7.2", "C10", "C7.3"],
        "brand": ["Jobs", "Work", "Kazi", "Talent", "Career"],
    },
    {
        "code": "C7.6",
        "topics": [
            ("E-Environment", "e-environment"),
            ("Climate Data", "climate data"),
            ("Green ICT", "green ICT"),
            ("Early Warning Systems", "early warning systems"),
        ],
        "aud": [
            "coastal communities",
            "farmers and fishers",
            "municipal disaster management teams",
            "schools",
            "households in flood-prone areas",
            "recycling cooperatives",
        ],
        "tech": [
            "low-cost air quality sensors",
            "an early warning system sending alerts by cell broadcast and SMS",
            "satellite imagery and machine learning for deforestation monitoring",
            "IoT water level sensors along rivers",
            "an e-waste collection and tracking app",
            "a climate data portal",
            "smart meters for energy efficiency",
            "a GIS-based flood risk map",
        ],
        "problems": [
            "increasingly frequent floods and cyclones",
            "poor air quality in fast-growing cities",
            "growing volumes of electronic waste dumped or burned in the open",
            "illegal logging and forest loss",
            "the lack of local climate data to plan adaptation",
            "the high energy consumption of public buildings and data centres",
        ],
        "partners": [
            "the national meteorological service",
            "the disaster management agency",
            "environmental NGOs",
            "certified recyclers",
        ],
        "things": [
            (
                "Flood Early Warning System",
                "an early warning system for floods based on river sensors and mobile alerts",
                "project",
            ),
            ("Air Quality Monitoring Network", "a network of air quality sensors with an open dashboard", "project"),
            (
                "E-Waste Collection Programme",
                "a programme to collect, track and safely recycle electronic waste",
                "programme",
            ),
            ("Forest Monitoring Platform", "a platform using satellite images to detect deforestation", "website"),
            ("Local Climate Data Portal", "a portal providing local climate projections and data", "website"),
            ("Smart Energy Management for Public Buildings", "smart energy management in public buildings", "project"),
            (
                "Green ICT Procurement Guidelines",
                "guidelines on energy-efficient and sustainable ICT procurement",
                "guideline",
            ),
            (
                "Citizen Science Water Monitoring",
                "a citizen science project monitoring water quality with smartphones",
                "project",
            ),
            ("Coastal Multi-Hazard Alerts", "a multi-hazard alert service for coastal communities", "project"),
        ],
        "context": [
            "{country} has experienced more frequent floods, droughts and storms over the past decade, with heavy losses in low-lying districts.",
            "Residents of {place2} received warnings too late or not at all when the river rose in previous flood seasons.",
            "Air pollution levels in {place} regularly exceeded health-based guidelines, but monitoring stations were few.",
            "Only about {pct}% of discarded electronic equipment was collected through formal channels.",
            "Forest cover in the region declined steadily, and enforcement teams lacked timely information on where clearing was occurring.",
        ],
        "approach": [
            "The system combines {tech} with {tech2}.",
            "Alerts are sent in {lang} through SMS, community radio and loudspeakers, so that they reach people without smartphones.",
            "Data is published openly and used by municipal planners, researchers and schools.",
            "Collected devices are refurbished where possible, and hazardous components are processed by certified recyclers.",
            "Machine learning models flag suspicious changes, which are then verified by rangers on the ground.",
            "Sensor readings are calibrated against reference stations every month to keep the data reliable.",
        ],
        "approach_past": [
            "Volunteers and local authorities were trained to maintain sensors and to act on alerts.",
            "Flood-prone villages were mapped with residents to agree on safe routes and assembly points.",
        ],
        "results": [
            "Alerts now reach {n_big} people, giving them an average of {n_small} hours of warning before floods.",
            "{n_small} sensors are operational, and their data has informed {n_small2} municipal decisions on traffic and land use.",
            "{n_mid} tonnes of e-waste have been collected and processed safely.",
            "Deforestation in monitored areas fell by {pct}% in the first two years.",
            "Energy use in participating public buildings decreased by {pct}%, saving {n_mid} MWh a year.",
        ],
        "metrics": [
            "people covered by early warnings",
            "sensors installed",
            "tonnes of e-waste collected",
            "hectares of forest monitored",
        ],
        "next": [
            "{org} plans to add drought and heatwave warnings to the service by {ey}.",
            "The sensor network will be extended to {n_small} additional cities.",
            "A take-back scheme for mobile phones and batteries is being designed with retailers.",
        ],
        "qual": [
            "Communities feel better prepared and have organised evacuation drills based on the alerts.",
            "Citizens have become more engaged in local environmental debates thanks to open data.",
            "Informal waste pickers have gained safer working conditions through cooperative recycling.",
        ],
        "challenges": [
            "Sensors in remote areas are vulnerable to vandalism and extreme weather.",
            "Sustaining funding for maintenance after the pilot phase is a continuing concern.",
            "Turning data into action requires coordination among several agencies.",
        ],
        "goals": [
            "protect lives and livelihoods from climate-related disasters",
            "monitor environmental quality with open data",
            "manage e-waste safely",
            "reduce the environmental footprint of ICTs",
        ],
        "link": "using ICTs to monitor the environment, manage resources sustainably and adapt to climate change",
        "sdgs": [13, 13, 11, 15, 12, 6, 3, 14, 7],
        "gdc": [1, 4],
        "related": ["C7.7", "C7.8", "C3", "C11"],
        "brand": ["Green", "Eco", "Climate", "Terra", "Alert"],
    },
    {
        "code": "C7.7",
        "topics": [
            ("E-Agriculture", "e-agriculture"),
            ("Digital Agriculture", "digital agriculture"),
            ("Smart Farming", "smart farming"),
            ("Digital Extension Services", "digital extension services"),
        ],
        "aud": [
            "smallholder farmers",
            "women farmers",
            "livestock keepers",
            "fishers",
            "agricultural cooperatives",
            "extension officers",
        ],
        "tech": [
            "an SMS and voice advisory service",
            "a market price information system",
            "soil sensors and satellite-based crop monitoring",
            "a digital farmer registry",
            "weather-indexed crop insurance paid through mobile money",
            "a traceability system using QR codes",
            "an AI app that diagnoses plant diseases from photos",
            "interactive voice response in {lang}",
            "a marketplace linking cooperatives with buyers",
        ],
        "problems": [
            "low yields and limited access to extension advice",
            "farmers selling at low prices because they lacked market information",
            "crop losses from pests and unpredictable rainfall",
            "difficulty accessing credit and insurance",
            "too few extension officers for thousands of farmers",
            "export markets demanding traceability of produce",
        ],
        "partners": [
            "the national agricultural research institute",
            "farmers' cooperatives",
            "input suppliers",
            "microfinance institutions",
        ],
        "things": [
            (
                "Digital Farmer Advisory Service",
                "a digital advisory service giving farmers timely agronomic advice",
                "project",
            ),
            ("Market Price Information System", "a system sharing daily market prices by SMS and app", "website"),
            ("National Digital Farmer Registry", "a national digital registry of farmers and farms", "project"),
            ("Plant Disease Diagnosis App", "a mobile app that identifies crop diseases from photos", "project"),
            ("Weather-Indexed Crop Insurance", "weather-indexed crop insurance delivered by mobile phone", "project"),
            (
                "Coffee and Cocoa Traceability Platform",
                "a traceability platform for coffee and cocoa supply chains",
                "project",
            ),
            (
                "Digital Farmer Field Schools",
                "a digital version of farmer field schools for extension officers",
                "training",
            ),
            ("Smart Irrigation Pilot", "a smart irrigation pilot using soil moisture sensors", "project"),
            ("National E-Agriculture Strategy", "a national e-agriculture strategy", "guideline"),
            ("Livestock Identification and Tracking", "electronic identification and tracking of livestock", "project"),
            (
                "Digital Agriculture Transformation Programme",
                "a national programme digitising agricultural services",
                "programme",
            ),
        ],
        "context": [
            "Agriculture employs around {pct}% of the workforce in {country}, mostly on small family farms.",
            "There was roughly one extension officer for every {n_mid} farmers in the districts around {place2}.",
            "Farmers often sold their harvest to traders at the farm gate without knowing prices in nearby markets.",
            "Changing rainfall patterns and new pests caused repeated crop losses in recent seasons.",
            "Without records of their production, smallholders found it hard to obtain loans or insurance.",
        ],
        "approach": [
            "Farmers register with a basic phone and receive advice through {tech}, tailored to their crop, location and season.",
            "The service integrates {tech2}, and advice is validated by agronomists from the national research institute.",
            "Messages and voice recordings are produced in {lang}, and cooperatives help members who cannot read.",
            "Extension officers use tablets to record farm visits and follow up on specific problems.",
            "Buyers, input suppliers and financial institutions are connected to the platform so that farmers can sell, buy and borrow in one place.",
            "Weather forecasts are downscaled to the district level and translated into practical planting advice.",
        ],
        "approach_past": [
            "Women's groups were involved in designing the service to make sure it fits their schedules and crops.",
            "Agronomists and farmers tested the advisory content over two seasons before the service was scaled up.",
        ],
        "results": [
            "{n_big} farmers are registered, {wpct}% of them women.",
            "Participating farmers reported yield increases of {pct}% on average.",
            "Farmers using the price service obtained {pct}% higher prices for their produce.",
            "{n_mid} insurance policies were sold, and payouts reached farmers within days of a drought being detected.",
            "{n_mid} extension officers now use the digital tools in their daily work.",
            "The diagnosis app has analysed {n_big} photos of diseased plants.",
        ],
        "metrics": [
            "farmers registered",
            "advisory messages sent",
            "cooperatives connected to buyers",
            "insurance policies issued",
        ],
        "next": [
            "{org} plans to add livestock and fisheries advice and to cover {n_small} more districts by {ey}.",
            "A credit-scoring model based on farm records will be tested with partner banks.",
            "The platform will be connected to the national farmer registry to target input subsidies.",
        ],
        "qual": [
            "Farmers say they now plan planting with greater confidence.",
            "Cooperatives have strengthened their bargaining power with buyers.",
            "Young people see farming as more attractive when it is connected to technology.",
        ],
        "challenges": [
            "Low literacy and limited phone ownership among some farmers required voice-based services and group use.",
            "Keeping advice locally relevant across different agro-ecological zones is demanding.",
            "Network coverage in farming areas is uneven.",
        ],
        "goals": [
            "increase farmers' productivity and income",
            "improve access to markets and fair prices",
            "build resilience to climate shocks",
            "support food security",
        ],
        "link": "putting timely information and digital services in the hands of farmers, fishers and rural communities",
        "sdgs": [2, 2, 1, 13, 8, 5, 15, 12],
        "gdc": [1, 2],
        "related": ["C7.6", "C7.2", "C4", "C3"],
        "brand": ["Agri", "Farm", "Kilimo", "Harvest", "Shamba"],
    },
    {
        "code": "C7.8",
        "topics": [
            ("E-Science", "e-science"),
            ("Open Science", "open science"),
            ("Research and Education Networking", "research and education networking"),
            ("Scientific Computing", "scientific computing"),
        ],
        "aud": [
            "researchers and doctoral students",
            "universities and research institutes",
            "laboratory technicians",
            "young scientists",
            "science teachers",
            "policy makers who use research evidence",
        ],
        "tech": [
            "a national research and education network (NREN)",
            "a shared high-performance computing cluster",
            "a federated identity service for universities",
            "an open research data repository",
            "cloud computing credits for researchers",
            "virtual research environments",
            "persistent identifiers for publications and datasets",
            "a research information management system",
        ],
        "problems": [
            "slow and expensive internet connections at universities",
            "limited access to computing power for data-intensive research",
            "research data being lost when projects ended",
            "scientists working in isolation from international collaborations",
            "the low visibility of national research output",
        ],
        "partners": [
            "university consortia",
            "the national science foundation",
            "research hospitals",
            "regional research networks",
        ],
        "things": [
            (
                "National Research and Education Network",
                "a national research and education network connecting universities",
                "project",
            ),
            (
                "Shared High-Performance Computing Centre",
                "a shared high-performance computing centre for researchers",
                "project",
            ),
            ("Open Research Data Repository", "an open repository for research data", "website"),
            (
                "Pathogen Genomics Data Platform",
                "a data platform supporting genomic research on infectious diseases",
                "project",
            ),
            (
                "Citizen Science Biodiversity App",
                "a citizen science app for recording biodiversity observations",
                "project",
            ),
            ("National Research Information System", "a national research information system", "website"),
            ("National Open Science Policy", "a national open science policy and implementation guide", "guideline"),
            ("Data Science Summer School", "a summer school in data science for young researchers", "training"),
            ("Virtual Observatory", "a virtual observatory sharing astronomical and atmospheric data", "project"),
            ("Science Gateway for Climate Modelling", "a science gateway for regional climate modelling", "project"),
            (
                "Open Science Capacity Programme",
                "a programme helping universities adopt open science practices",
                "programme",
            ),
        ],
        "context": [
            "Universities in {country} paid high prices for limited bandwidth, which held back research and teaching.",
            "Researchers working on genomics, climate and materials science had no local access to high-performance computing.",
            "Most research data produced in the country was stored on personal laptops and rarely shared or reused.",
            "Scientists at institutions outside {place} found it difficult to join international research collaborations.",
            "Only about {pct}% of publications by national researchers were openly accessible.",
        ],
        "approach": [
            "The network links campuses through {tech} and connects to regional and global research networks.",
            "Researchers access {tech2} through a single login provided by their home institution.",
            "Datasets are described with standard metadata, given persistent identifiers and published following the FAIR principles.",
            "A support team of research software engineers helps scientists port their code and manage large datasets.",
            "Computing time is allocated through an open, peer-reviewed call twice a year.",
            "Citizens record observations in {lang} or English, and experts validate them before they enter the database.",
        ],
        "approach_past": [
            "Universities pooled their bandwidth purchases to negotiate better international capacity.",
            "Researchers from {n_small} institutions helped define the service catalogue.",
        ],
        "results": [
            "{n_small} universities and research centres are connected, with bandwidth per institution increased {n_small2}-fold.",
            "The computing centre supported {n_mid} research projects and {n_mid2} users last year.",
            "The repository holds {n_mid} datasets, cited in {n_mid2} publications.",
            "Volunteers have submitted {n_big} observations, adding {n_mid} species records to national databases.",
            "Open access publications from national institutions rose to {hpct}%.",
        ],
        "metrics": [
            "institutions connected",
            "researchers using shared computing",
            "datasets published",
            "citizen observations recorded",
        ],
        "next": [
            "{org} plans to add GPU capacity for artificial intelligence research by {ey}.",
            "The network will extend to teaching hospitals and technical colleges.",
            "A national policy on research data management will be finalised with universities.",
        ],
        "qual": [
            "Researchers say they can now take part in international projects on equal terms.",
            "Young scientists have been able to stay in the country rather than move abroad for computing access.",
            "Institutions have developed a stronger culture of data sharing.",
        ],
        "challenges": [
            "Negotiating affordable international capacity required pooling demand across institutions.",
            "Many researchers needed training to use shared computing and data services effectively.",
            "Sustainable funding models for shared infrastructure are still being developed.",
        ],
        "goals": [
            "give researchers world-class connectivity and computing",
            "make research data open and reusable",
            "strengthen international scientific collaboration",
            "engage citizens in science",
        ],
        "link": "using ICTs to strengthen research, scientific collaboration and open science",
        "sdgs": [9, 9, 4, 17, 3, 13, 15],
        "gdc": [4, 5, 1],
        "related": ["C3", "C4", "C11", "C2"],
        "brand": ["Sci", "Research", "Lab", "Net", "Data"],
    },
    {
        "code": "C8",
        "topics": [
            ("Digital Heritage", "digital cultural heritage"),
            ("Local Content", "local content"),
            ("Multilingual Internet", "multilingualism online"),
            ("Indigenous Languages Online", "indigenous languages online"),
        ],
        "aud": [
            "indigenous communities",
            "museums and archives",
            "local content creators",
            "language teachers",
            "young people in the diaspora",
            "visitors and cultural tourists",
        ],
        "tech": [
            "3D scanning of heritage objects and sites",
            "speech and text datasets for under-resourced languages",
            "a virtual museum",
            "keyboard layouts and fonts for local scripts",
            "a community archive of oral history recordings",
            "machine translation for {lang}",
            "a platform where local creators publish and earn from their content",
            "internationalised domain names in local scripts",
        ],
        "problems": [
            "the risk of losing endangered languages and oral traditions",
            "very little online content in {lang}",
            "fragile heritage collections that few people could visit",
            "voice assistants and translation tools that ignore local languages",
            "local musicians and artists struggling to earn from their work online",
        ],
        "partners": [
            "the national museum",
            "indigenous peoples' organisations",
            "linguists at local universities",
            "cultural associations",
        ],
        "things": [
            ("Digital Heritage Archive", "a digital archive of cultural heritage collections", "website"),
            (
                "Endangered Languages Recording Project",
                "a project recording and publishing endangered languages",
                "project",
            ),
            ("Virtual Museum", "a virtual museum with 3D models of heritage objects", "website"),
            ("Open Speech Dataset for Local Languages", "an open speech dataset for local languages", "project"),
            ("Local Content Creators Fund", "a fund and training for local digital content creators", "programme"),
            ("Oral History Community Archive", "a community archive of oral histories", "project"),
            (
                "Online Encyclopaedia Editathons in Local Languages",
                "editathons expanding online encyclopaedia content in local languages",
                "training",
            ),
            (
                "Multilingual Domain Names Initiative",
                "an initiative supporting domain names and e-mail addresses in local scripts",
                "project",
            ),
            ("Intangible Heritage Digital Inventory", "a digital inventory of intangible cultural heritage", "website"),
            ("Local Script Keyboard App", "a free keyboard app for typing in local scripts", "project"),
        ],
        "context": [
            "Of the many languages spoken in {country}, only a handful are present online in any meaningful way.",
            "Elders in communities around {place2} hold songs, stories and knowledge that have never been recorded.",
            "Museum collections in {place} were largely in storage, and fewer than {pct}% of objects had been catalogued digitally.",
            "Young people increasingly consume content produced abroad, while local creators struggle to find audiences.",
            "Speakers of {lang} could not use voice assistants or translation tools in their own language.",
        ],
        "approach": [
            "Community members are trained to record, transcribe and annotate content, with informed consent and control over what is published.",
            "The project uses {tech} together with {tech2}.",
            "Collections are described in {lang} and English, and metadata follows international heritage standards.",
            "Content is published under licences chosen by the communities, with some material kept for community access only.",
            "Creators receive small grants, mentoring and training in production, copyright and online distribution.",
            "Language technology is developed with linguists and native speakers and released as open resources.",
        ],
        "approach_past": [
            "Community protocols on what may be recorded and shared were agreed with elders before any recording began.",
            "An inventory of existing recordings held by families, radio stations and universities was compiled.",
        ],
        "results": [
            "{n_mid} hours of audio and video have been recorded in {n_small} languages.",
            "{n_mid} objects have been digitised, and the virtual museum has welcomed {n_big} online visitors.",
            "An open speech dataset of {n_mid} hours has been released and used to build the first speech recognition models for the language.",
            "{n_small} editathons added {n_mid} new articles in local languages.",
            "{n_mid} local creators have been supported, and their content has been viewed {n_big} times.",
        ],
        "metrics": ["hours of recordings", "objects digitised", "articles in local languages", "creators supported"],
        "next": [
            "{org} plans to create learning apps for children based on the recorded material.",
            "The archive will be connected to national and international heritage portals by {ey}.",
            "Work is starting on text-to-speech for the language, in collaboration with universities.",
        ],
        "qual": [
            "Communities express pride in seeing their language and culture online.",
            "Young people are learning words and songs from elders through the recordings.",
            "Teachers use the materials to make lessons more relevant to pupils' own culture.",
        ],
        "challenges": [
            "Respecting community protocols on sacred knowledge required careful consent processes.",
            "Few people had the technical skills to process audio and video at the start.",
            "Funding for language technology in small languages is scarce.",
        ],
        "goals": [
            "preserve and promote cultural and linguistic diversity",
            "increase local content online",
            "give communities control over their heritage",
            "support local creative industries",
        ],
        "link": "preserving cultural and linguistic diversity and promoting local content in the digital space",
        "sdgs": [11, 4, 10, 8, 16, 17],
        "gdc": [3, 1, 4],
        "related": ["C3", "C9", "C10", "C7.3"],
        "brand": ["Heritage", "Voices", "Lugha", "Roots", "Culture"],
    },
    {
        "code": "C9",
        "topics": [
            ("Media Development", "media development"),
            ("Community Media", "community media"),
            ("Media and Information Literacy", "media and information literacy"),
            ("Digital Journalism", "digital journalism"),
        ],
        "aud": [
            "community radio stations",
            "journalists and editors",
            "young social media users",
            "rural listeners",
            "public broadcasters",
            "teachers of media literacy",
        ],
        "tech": [
            "a shared digital newsroom system",
            "a fact-checking network with a public database",
            "low-cost digital radio studios",
            "podcast production kits",
            "a media literacy curriculum for secondary schools",
            "an archive of broadcast content",
            "automatic transcription of radio programmes",
            "a verification toolkit for open-source information",
        ],
        "problems": [
            "the rapid spread of false and misleading information online",
            "community radio stations using outdated analogue equipment",
            "declining revenue for local journalism",
            "low media literacy among young social media users",
            "limited coverage of rural issues in national media",
            "threats and online harassment against journalists",
        ],
        "partners": [
            "the association of community radios",
            "journalism schools",
            "the press council",
            "public service broadcasters",
        ],
        "things": [
            ("Community Radio Digitalisation", "the digitalisation of community radio stations", "project"),
            ("National Fact-Checking Network", "a network of fact-checkers working across newsrooms", "project"),
            ("Media Literacy in Schools", "a media and information literacy programme for schools", "training"),
            ("Data Journalism Fellowship", "a fellowship in data and digital journalism", "training"),
            (
                "Public Broadcaster Digital Archive",
                "a digital archive of the public broadcaster's programmes",
                "website",
            ),
            ("Local News Innovation Fund", "a fund supporting innovation in local news media", "programme"),
            (
                "Journalist Safety Platform",
                "a platform for reporting and responding to attacks on journalists",
                "website",
            ),
            ("Trusted Election Information Hub", "a trusted information hub for election coverage", "website"),
            ("Forum on Responses to Disinformation", "a forum on responses to disinformation", "conference"),
        ],
        "context": [
            "False health and election rumours spread rapidly through messaging apps in {country}.",
            "Many of the community radio stations serving rural areas around {place2} still relied on broken analogue equipment.",
            "Advertising revenue for local newspapers had fallen sharply, and several titles had closed.",
            "A survey found that only {pct}% of young people checked the source before sharing news online.",
            "Journalists, particularly women, faced growing online harassment.",
        ],
        "approach": [
            "Stations receive {tech} and training in digital production, online streaming and audience engagement.",
            "The network uses {tech2} to coordinate verification and publish corrections quickly.",
            "Lessons on evaluating sources, spotting manipulated images and protecting privacy are part of the school timetable.",
            "Programmes are produced in {lang} and shared between stations through a content exchange platform.",
            "Editorial independence is protected by a charter signed by all participating outlets.",
            "Fellows work on data-driven stories under the guidance of experienced editors.",
        ],
        "approach_past": [
            "Stations were selected through an open call that gave priority to those serving rural and minority audiences.",
            "A baseline study of news consumption habits was carried out in {place} and {place2}.",
        ],
        "results": [
            "{n_small} community stations now broadcast and stream digitally, reaching {n_big} listeners.",
            "Fact-checkers published {n_mid} verifications, and corrections were shared {n_big} times on social media.",
            "{n_mid} students and {n_small2} teachers took part in media literacy classes.",
            "{n_mid} hours of archival programmes have been digitised and made searchable.",
            "{n_small} journalists completed the fellowship and published investigations that led to official responses.",
        ],
        "metrics": [
            "community stations upgraded",
            "fact-checks published",
            "students in media literacy classes",
            "journalists trained",
        ],
        "next": [
            "{org} will extend the programme to {n_small} more stations and add training on audience research.",
            "A sustainable business model for local media, including membership and micro-donations, is being tested.",
            "Media literacy will be part of the national curriculum from {ey}.",
        ],
        "qual": [
            "Listeners say the stations now cover issues that matter to their communities.",
            "Students are more critical about what they read and share online.",
            "Newsrooms cooperate more, rather than competing over unverified scoops.",
        ],
        "challenges": [
            "Securing funding while preserving editorial independence is an ongoing balancing act.",
            "Online harassment of fact-checkers has required new safety protocols.",
            "Internet costs limit streaming for stations in remote areas.",
        ],
        "goals": [
            "strengthen independent and pluralistic media",
            "counter misinformation",
            "build media and information literacy",
            "support community media",
        ],
        "link": "supporting independent, pluralistic media and media and information literacy in the digital age",
        "sdgs": [16, 16, 4, 5, 10, 17],
        "gdc": [3, 3, 1],
        "related": ["C8", "C10", "C3", "C4"],
        "brand": ["Radio", "Voice", "News", "Media", "Check"],
    },
    {
        "code": "C10",
        "topics": [
            ("Ethics of AI", "the ethics of artificial intelligence"),
            ("Digital Rights", "digital rights"),
            ("Responsible Technology", "responsible technology"),
            ("Online Safety for Women", "online safety for women and girls"),
        ],
        "aud": [
            "children and young people",
            "women and girls",
            "persons with disabilities",
            "public sector AI teams",
            "technology companies",
            "older persons",
        ],
        "tech": [
            "an algorithmic impact assessment",
            "an ethical AI review board",
            "a digital rights helpline",
            "a code of conduct for technology companies",
            "a digital well-being curriculum",
            "accessibility audits of public websites",
            "a public register of algorithms used by government",
            "participatory workshops on artificial intelligence",
        ],
        "problems": [
            "the growing use of algorithms in public decisions without transparency",
            "online gender-based violence",
            "discrimination embedded in automated systems",
            "children's excessive screen time and exposure to harmful content",
            "the exclusion of persons with disabilities from digital services",
            "weak awareness of privacy rights",
        ],
        "partners": [
            "the national human rights institution",
            "the data protection authority",
            "organisations of persons with disabilities",
            "women's rights groups",
        ],
        "things": [
            ("Public Algorithm Register", "a public register of algorithms used by government agencies", "website"),
            (
                "National AI Ethics Framework",
                "a national framework for the ethical use of artificial intelligence",
                "guideline",
            ),
            (
                "Stop Online Violence Against Women",
                "a campaign and support service against online violence targeting women",
                "project",
            ),
            ("Digital Well-being for Children", "a digital well-being programme for children and families", "training"),
            (
                "Accessible Public Websites Programme",
                "a programme auditing and fixing public websites for accessibility",
                "programme",
            ),
            (
                "Citizens' Assembly on Artificial Intelligence",
                "a citizens' assembly deliberating on the use of artificial intelligence",
                "conference",
            ),
            (
                "Digital Rights Helpline",
                "a helpline supporting people whose digital rights have been violated",
                "project",
            ),
            ("Responsible Technology Curriculum", "a university curriculum on responsible technology", "training"),
            (
                "Human Rights Impact Assessment Toolkit",
                "a toolkit for assessing the human rights impact of digital projects",
                "guideline",
            ),
            ("Algorithmic Fairness Audit Lab", "a lab that audits automated decision systems for bias", "project"),
        ],
        "context": [
            "Public agencies in {country} had begun using automated systems for welfare, policing and recruitment without clear safeguards.",
            "A survey found that {pct}% of women journalists and activists had experienced online abuse.",
            "Persons with disabilities reported that many public websites and apps were unusable with assistive technologies.",
            "Parents and teachers in {place} expressed concern about children's online habits and well-being.",
            "Public debate on artificial intelligence was dominated by experts, with little input from citizens.",
        ],
        "approach": [
            "The initiative uses {tech} and {tech2}.",
            "Each automated system used by the public sector is described in plain language, including its purpose, data sources and human oversight.",
            "A multidisciplinary panel of ethicists, lawyers, engineers and community representatives reviews high-risk projects.",
            "Support is offered confidentially by trained counsellors and lawyers, in {lang} and other languages.",
            "Sessions help children and parents reflect on screen time, privacy, empathy and respectful behaviour online.",
            "Principles of fairness, transparency, accountability and human oversight are translated into practical checklists.",
        ],
        "approach_past": [
            "The framework was drafted with input from {n_small} public hearings and written submissions from civil society.",
            "Persons with disabilities were hired as accessibility testers and paid for their expertise.",
        ],
        "results": [
            "{n_small} agencies have published {n_mid} algorithm descriptions in the register.",
            "The helpline has supported {n_mid} people, {hpct}% of whom reported that their issue was resolved.",
            "{n_mid} public websites were audited, and {pct}% of the accessibility barriers found have been fixed.",
            "{n_big} children and parents took part in digital well-being sessions.",
            "{n_small} high-risk AI projects were reviewed, and several were redesigned as a result.",
        ],
        "metrics": [
            "systems assessed for ethical risks",
            "people supported by the helpline",
            "websites audited",
            "participants in deliberation sessions",
        ],
        "next": [
            "{org} plans to make algorithmic impact assessments mandatory for high-risk public systems by {ey}.",
            "The framework will be updated to cover generative AI.",
            "Cooperation with social media platforms will be strengthened to speed up the removal of abusive content.",
        ],
        "qual": [
            "Citizens say they better understand how decisions affecting them are made.",
            "Women who received support report feeling safer and more able to stay active online.",
            "Developers have become more aware of bias and accessibility from the design stage.",
        ],
        "challenges": [
            "Some agencies were reluctant to disclose information about their systems.",
            "Ethical principles are easy to endorse but harder to turn into day-to-day practice.",
            "Platform cooperation on abusive content is uneven.",
        ],
        "goals": [
            "ensure technology respects human rights and dignity",
            "make algorithmic decision-making transparent and accountable",
            "protect women and children online",
            "promote accessible and inclusive design",
        ],
        "link": "addressing the ethical dimensions of the information society, including human rights, fairness and inclusion",
        "sdgs": [16, 5, 10, 16, 3, 4],
        "gdc": [5, 3, 3, 4],
        "related": ["C5", "C6", "C9", "C4"],
        "brand": ["Ethics", "Rights", "Fair", "Dignity", "Trust"],
    },
    {
        "code": "C11",
        "topics": [
            ("Digital Cooperation", "digital cooperation"),
            ("Regional Digital Integration", "regional digital integration"),
            ("South-South Cooperation", "South-South cooperation"),
            ("International Digital Partnerships", "international digital partnerships"),
        ],
        "aud": [
            "regulators and ministries in the region",
            "small island developing states",
            "least developed countries",
            "regional economic communities",
            "development partners",
            "experts from partner countries",
        ],
        "tech": [
            "a regional roaming agreement",
            "a cross-border fibre interconnection",
            "a peer-learning network of regulators",
            "harmonised regional guidelines",
            "a shared regional data centre",
            "an expert exchange programme",
            "a regional knowledge-sharing portal",
            "mutual recognition of digital signatures",
        ],
        "problems": [
            "high roaming charges between neighbouring countries",
            "fragmented regulations that discouraged regional investment",
            "limited capacity in small administrations to follow global digital debates",
            "duplicated efforts among development partners",
            "the lack of cross-border connectivity",
        ],
        "partners": [
            "regional economic communities",
            "neighbouring ministries and regulators",
            "development partners",
            "regional universities",
        ],
        "things": [
            ("Regional Free Roaming Agreement", "a regional agreement abolishing roaming charges", "project"),
            (
                "South-South Digital Government Cooperation",
                "a South-South cooperation programme on digital government",
                "programme",
            ),
            ("Regional Regulators' Peer Learning Network", "a peer learning network for ICT regulators", "programme"),
            (
                "Cross-Border Fibre Interconnection",
                "a cross-border fibre interconnection between neighbouring countries",
                "project",
            ),
            (
                "Regional Digital Policy Harmonisation",
                "the harmonisation of digital policies across a regional economic community",
                "guideline",
            ),
            ("Regional Digital Cooperation Forum", "a regional forum on digital cooperation", "conference"),
            (
                "Digital Development Knowledge Portal",
                "a portal sharing good practices on digital development",
                "website",
            ),
            (
                "Expert Exchange on Digital Transformation",
                "an expert exchange on digital transformation between partner countries",
                "training",
            ),
            (
                "Cross-Border Recognition of E-Signatures",
                "mutual recognition of electronic signatures across borders",
                "project",
            ),
            (
                "Regional ICT Statistics Partnership",
                "a partnership improving the collection and comparability of ICT statistics",
                "programme",
            ),
        ],
        "context": [
            "Calling a neighbouring country from {country} used to cost several times more than a domestic call.",
            "Small administrations in the region struggled to follow and contribute to global discussions on digital policy.",
            "Different licensing rules and standards in each country discouraged operators from investing across borders.",
            "Several development partners were funding similar digital projects without coordination.",
            "Traffic between neighbouring capitals often travelled through distant hubs abroad.",
        ],
        "approach": [
            "The initiative brings {n_small} countries together under {tech}.",
            "Cooperation relies on {tech2}, with a small secretariat hosted by {org}.",
            "Experts from partner countries spend short placements in each other's institutions to learn from practical experience.",
            "Model texts and guidelines are adopted by consensus and then transposed into national rules.",
            "Meetings rotate between member countries, and documents are produced in English, French and {lang}.",
            "Development partners align their support behind a single regional work plan.",
        ],
        "approach_past": [
            "A memorandum of understanding signed by ministers set out shared objectives and a three-year work plan.",
            "A regional needs assessment identified priorities before activities began.",
        ],
        "results": [
            "Roaming charges between member countries fell by up to {hpct}%, and roaming traffic tripled.",
            "{n_small} countries have transposed the harmonised guidelines into national law.",
            "The exchange programme has supported {n_mid} experts from {n_small} countries.",
            "{n_small} countries now share good practices through the portal, which hosts {n_mid} case studies.",
            "Latency between partner capitals dropped by {pct}% after the interconnection went live.",
        ],
        "metrics": [
            "participating countries",
            "experts exchanged",
            "harmonised regulations adopted",
            "case studies shared",
        ],
        "next": [
            "{org} plans to extend cooperation to data governance and cross-border data flows by {ey}.",
            "Several new countries have asked to join the agreement.",
            "A joint regional position will be prepared for upcoming international meetings on digital governance.",
        ],
        "qual": [
            "Officials value the trust built through regular peer exchanges.",
            "Smaller countries report that their voice carries more weight when they speak together.",
            "Operators cite regional harmonisation as a reason for new cross-border investments.",
        ],
        "challenges": [
            "Aligning national legal processes and timelines across countries is slow.",
            "Differences in institutional capacity require tailored support.",
            "Sustaining funding for the secretariat depends on member contributions.",
        ],
        "goals": [
            "deepen regional and international cooperation on digital development",
            "reduce the cost of cross-border communications",
            "share knowledge and good practices",
            "harmonise policies to attract investment",
        ],
        "link": "strengthening international and regional cooperation to build an inclusive information society",
        "sdgs": [17, 17, 9, 10, 16],
        "gdc": [1, 4, 5],
        "related": ["C1", "C6", "C2", "C5"],
        "brand": ["Bridge", "Partner", "Regional", "Together", "Link"],
    },
]
_LINE_BY_CODE = {line["code"]: line for line in _LINES}

# Distribution of primary action lines: a shuffled block of 40 slots (every line >= 5%).
_LINE_BLOCK = [code for code in _LINE_BY_CODE for _ in range(3 if code in ("C4", "C7.1", "C7.3", "C7.4") else 2)]

# --------------------------------------------------------------------------------------------
# Generic banks (shared by all action lines)
# --------------------------------------------------------------------------------------------

_GENERIC_PARTNERS = [
    "the national telecom regulator",
    "a leading mobile network operator",
    "two public universities",
    "district authorities",
    "a regional development bank",
    "a network of community radio stations",
    "women's cooperatives",
    "the UN country team",
    "the ministry responsible for ICT",
    "an open-source developer community",
    "the national chamber of commerce",
    "a philanthropic foundation",
    "faith-based organisations",
    "the national statistics office",
    "a consortium of internet service providers",
    "municipal libraries",
    "a youth-led non-profit organisation",
    "a global technology company",
    "local start-ups",
    "bilateral development partners",
    "the post office network",
]

_GENERIC_TYPED_THINGS = {
    "training": [
        ("{Topic} Academy", "an academy offering practical courses on {topic} for {aud}"),
        ("{Topic} Skills Bootcamp", "an intensive bootcamp on {topic} for {aud}"),
        ("Train-the-Trainer Programme on {Topic}", "a train-the-trainer programme on {topic}"),
        ("Online Course on {Topic}", "a free, self-paced online course on {topic}"),
        ("{Topic} Fellowship for Young Professionals", "a fellowship programme on {topic} for young professionals"),
        ("{Topic} Masterclass Series", "a series of masterclasses on {topic} for {aud}"),
    ],
    "conference": [
        ("National Forum on {Topic}", "a national multistakeholder forum on {topic}"),
        ("Regional Dialogue on {Topic}", "a regional policy dialogue on {topic}"),
        ("{Topic} Summit", "an annual summit on {topic}"),
        ("{Topic} Week", "a week of events, workshops and exhibitions on {topic}"),
        ("Youth Forum on {Topic}", "a youth forum on {topic}"),
    ],
    "guideline": [
        ("{Topic} Toolkit", "a practical toolkit on {topic} for {aud}"),
        ("Guidelines on {Topic}", "national guidelines on {topic}"),
        ("{Topic} Maturity Framework", "a maturity framework for assessing progress in {topic}"),
        ("Practitioners' Handbook on {Topic}", "a handbook on {topic} for practitioners"),
        ("Model Policy on {Topic}", "a model policy on {topic} that institutions can adapt"),
    ],
    "website": [
        ("{Topic} Knowledge Portal", "a knowledge portal on {topic}"),
        ("{Topic} Resource Hub", "an online resource hub on {topic}"),
        ("{Topic} Observatory", "an online observatory tracking developments in {topic}"),
        ("{Topic} Learning Platform", "an online learning platform on {topic} for {aud}"),
    ],
    "other": [
        ("{Topic} Innovation Challenge", "an innovation challenge on {topic}"),
        ("{Topic} Hackathon", "a hackathon on {topic}"),
        ("{Topic} Research Network", "a research network on {topic}"),
        ("{Topic} Awards", "an awards scheme recognising excellence in {topic}"),
        ("{Topic} Living Lab", "a living lab testing new approaches to {topic} with users"),
        ("{Topic} Incubator", "an incubator for start-ups and social enterprises working on {topic}"),
    ],
}

_TYPE_APPROACH = {
    "training": [
        "The curriculum covers {tech}, {tech2} and practical case studies from {country}.",
        "Sessions combine short online modules with hands-on workshops in {place} and {place2}.",
        "Trainers are drawn from {partner} and certified through a dedicated train-the-trainer course.",
        "Courses are delivered in {lang} and English, and materials are designed to work on low-bandwidth connections.",
        "Each cohort completes a {months}-week programme that ends with a project based on a real problem from participants' workplaces or communities.",
        "At least half of the places are reserved for women, and sessions are scheduled to suit participants with caring responsibilities.",
        "Learners receive a certificate after passing a practical assessment, and the best performers are offered mentoring.",
    ],
    "conference": [
        "The event brings together participants from government, industry, academia, civil society and the technical community, in person in {place} and online.",
        "Sessions focus on {problem}, with contributions from {partner} and {partner2}.",
        "The agenda is built through an open call for session proposals, and a youth track gives young people a platform to present their own projects.",
        "Side events, an exhibition of local innovations and matchmaking sessions help participants build partnerships.",
        "Gender balance among speakers is a firm rule, and remote participation is available with live captioning.",
        "Each edition ends with a set of recommendations that are presented to decision makers.",
    ],
    "guideline": [
        "The guidance draws on a review of international good practice and interviews with {n_small} practitioners in {country}.",
        "Each chapter includes checklists, templates and short case studies on {topic}.",
        "A draft was published for public comment before the final version was validated by an expert panel.",
        "The document is available free of charge under an open licence, in English and {lang}.",
        "It is written for {aud}, with plain-language summaries for decision makers.",
        "Practical tools, such as self-assessment questionnaires and model clauses, accompany the main text.",
    ],
    "website": [
        "The portal brings together {tech} and {tech2} in a single, mobile-friendly interface.",
        "Content is curated by an editorial team and updated every week, with contributions from {partner}.",
        "The site follows web accessibility guidelines and loads quickly on low-end smartphones and slow connections.",
        "Users can search in {lang} or English, subscribe to alerts and download material under open licences.",
        "An open API lets other services reuse the content and data.",
        "Usage analytics are reviewed every quarter to improve navigation and add the most requested content.",
    ],
    "other": [
        "The initiative invites teams of students, start-ups, researchers and practitioners to propose solutions to {problem}.",
        "Selected teams receive mentoring from {partner} and access to testing facilities in {place}.",
        "An independent jury assesses proposals for impact, feasibility, inclusiveness and potential for scaling.",
        "The format combines online collaboration with intensive in-person sessions in {place} and {place2}.",
        "Results and methods are shared openly so that others can build on them.",
        "Participants work with {aud} to make sure that ideas respond to real needs.",
    ],
}

_TYPE_RESULTS = {
    "training": [
        "{n_mid} participants have completed the training, {wpct}% of them women.",
        "Follow-up surveys show that {hpct}% of graduates apply their new skills in their daily work.",
        "{n_small} trainers are now certified and deliver the course independently in their own institutions.",
        "The completion rate reached {hpct}%, well above the average for comparable courses.",
        "{n_small} institutions have made the course part of their regular staff development plans.",
        "Participants came from {n_small} districts, including several where no similar training had ever been offered.",
    ],
    "conference": [
        "The last edition gathered {n_mid} participants, {wpct}% of them women.",
        "Participants adopted {n_small} recommendations that have since informed policy discussions.",
        "{hpct}% of participants rated the sessions as useful or very useful in the post-event survey.",
        "Recordings of the sessions have been viewed more than {n_big} times.",
        "{n_small} partnerships and joint projects were announced during or after the event.",
    ],
    "guideline": [
        "The guidance has been downloaded more than {n_mid} times and is cited in {n_small} official documents.",
        "{n_small} institutions have used the tools to assess their own practices and prepare improvement plans.",
        "Authorities in {n_small} other countries have asked for permission to adapt the document.",
        "Training sessions on the guidance reached {n_mid} practitioners.",
        "A review one year after publication found that {pct}% of the recommended measures had been adopted by the target institutions.",
    ],
    "website": [
        "The portal recorded {n_big} visits last year, {hpct}% of them from mobile devices.",
        "More than {n_mid} registered users contribute or download content regularly.",
        "{n_mid} resources are now available on the site.",
        "User satisfaction reached {hpct}% in the most recent online survey.",
    ],
    "other": [
        "{n_small} teams took part, and {n_small2} prototypes were tested with {aud}.",
        "Three of the winning solutions have received follow-on funding and are being piloted in {place}.",
        "The network now brings together {n_mid} members from {n_small} institutions.",
        "{hpct}% of participants said the experience led to new collaborations.",
        "Outputs have been taken up by {n_small} public and private organisations.",
    ],
}

_INTRO = {
    "completed": [
        "Between {sy} and {ey}, {org} implemented {thing} {in_where}.",
        "In {sy}, {org} launched {thing} to address {problem}.",
        "From {sy} to {ey}, {org} led {thing}, focusing on {problem}.",
        "To tackle {problem}, {org} introduced {thing} in {sy}.",
        "{brand} was {thing} run by {org} {in_where} between {sy} and {ey}.",
    ],
    "ongoing": [
        "Since {sy}, {org} has been running {thing} {in_where}.",
        "In {sy}, {org} launched {thing} to address {problem}.",
        "{brand} is {thing}, run by {org} since {sy}.",
        "To respond to {problem}, {org} introduced {thing} in {sy}.",
        "{org} leads {brand}, {thing} {in_where}.",
    ],
    "planned": [
        "{org} is preparing {thing} to address {problem}.",
        "Starting in {start_month} {sy}, {org} will roll out {thing} {in_where}.",
        "{brand} is {thing} that {org} plans to launch in {sy}.",
        "{org} will launch {thing} {in_where} in {sy}, building on a year of consultations with future users.",
    ],
}

_GEN_APPROACH = [
    "Open-source software and open standards were chosen to avoid vendor lock-in and keep running costs low.",
    "The team follows well-known principles of digital development: understand users, design for scale and reuse what already exists.",
    "Data is hosted in-country, in line with national data protection rules.",
    "The service works on basic phones through SMS and USSD as well as on smartphones and computers.",
    "A small product team inside {org} works with {partner} on the technology and user support.",
    "Users are involved throughout, through regular feedback sessions in {place} and {place2}.",
    "Monitoring relies on a simple results framework with baseline values and yearly targets.",
]

_PLANNED_APPROACH = [
    "During the first months, {org} will co-design the service with {aud} in {place}.",
    "The design will be tested with a small group of users before a wider rollout.",
    "Implementation will follow an agile approach, with releases every few weeks and regular user testing.",
    "A risk assessment covering data protection, accessibility and security will be completed before launch.",
]

_GEN_BENE = [
    "The main beneficiaries are {aud}, with particular attention to women, persons with disabilities and people in remote areas.",
    "The initiative primarily serves {aud} and {aud2}.",
    "Implementation relies on a partnership with {partner} and {partner2}.",
    "Technical expertise is provided by {partner}, while community mobilisation is handled by {partner2}.",
    "Materials are available in {lang}, which has been essential for reaching {aud2} in and around {place2}.",
    "The work is co-financed by {org} and {partner}, with in-kind contributions from local authorities.",
    "A steering group that includes representatives of {aud} meets every quarter to review progress and feedback.",
    "{Partner} and {partner2} are the main implementing partners.",
    "Particular care is taken to involve {aud2}, who are often left out of similar initiatives.",
    "Local volunteers, many of them young women, act as the first point of contact for {aud}.",
]

_GEN_RESULTS = {
    "ongoing": [
        "An independent evaluation in {evy} found that {hpct}% of users would recommend the service to others.",
        "The cost per beneficiary has fallen by {pct}% as the initiative has grown.",
        "{hpct}% of participants surveyed said the initiative had made a practical difference to their work or daily life.",
        "The approach has since been adopted by {n_small} other institutions.",
        "Women account for {wpct}% of users, a share that has grown every year.",
        "Figures for the current year suggest that growth is continuing.",
    ],
    "completed": [
        "An independent evaluation in {evy} found that {hpct}% of users would recommend the service to others.",
        "{hpct}% of participants surveyed said the initiative had made a practical difference to their work or daily life.",
        "By the time the project closed in {ey}, its main targets had been met or exceeded.",
        "The final evaluation in {ey} highlighted strong ownership by local partners.",
        "The approach has since been adopted by {n_small} other institutions.",
    ],
}

_TARGETS = [
    "The target is {n_mid} {metric} by {ey}.",
    "Targets for the first phase include {n_mid} {metric} and {n_mid2} {metric2}.",
    "A baseline survey will be carried out in {place} before launch so that impact can be measured rigorously.",
    "Funding for the first {months} months has been secured, and implementation partners have been selected.",
    "Progress will be tracked through {metric}, user satisfaction and cost per beneficiary.",
    "The pilot phase will start in {place} and {place2} before a wider rollout.",
]

_GEN_NEXT = [
    "The next phase will focus on sustainability, with running costs gradually absorbed into regular budgets.",
    "{org} is documenting the approach so that it can be replicated in other countries.",
    "Lessons learned will be shared through regional networks and the WSIS community.",
    "Discussions are under way with {partner} to scale up the initiative nationally.",
]
_TYPE_NEXT = {
    "training": [
        "The next cohort will open in {ey}, with new modules on {topic}.",
        "{org} plans to offer the course online so that learners outside {place} can join.",
        "Graduates will be invited to join an alumni network that shares jobs and further training.",
    ],
    "conference": [
        "The next edition is planned for {ey} in {place2}.",
        "A follow-up meeting will review progress on the recommendations one year later.",
        "{org} intends to add regional pre-events so that more voices feed into the main discussion.",
    ],
    "guideline": [
        "An updated edition covering new technologies is planned for {ey}.",
        "{org} will run workshops to help institutions apply the guidance in practice.",
        "Translations into further languages are being prepared with {partner}.",
    ],
    "website": [
        "New sections on {topic} and a lighter mobile version are planned for {ey}.",
        "{org} plans to open the content through an API for reuse by other services.",
        "A network of contributing institutions will help keep the content up to date.",
    ],
    "other": [
        "A second edition is planned for {ey}, with a stronger focus on {aud}.",
        "The most promising ideas will be supported to reach pilot stage with {partner}.",
        "{org} intends to make the format an annual fixture.",
    ],
}
_GEN_NEXT_COMPLETED = [
    "A follow-up phase building on these results is being discussed with {partner}.",
    "The tools developed are now maintained by {partner2} as part of its regular work.",
]
_GEN_EXTRA = [
    "Gender equality and accessibility were considered at every stage.",
    "All materials are available free of charge.",
    "The initiative is aligned with national development priorities and the SDGs.",
    "Regular feedback from users has shaped each new version.",
    "The budget is published every year together with a short progress report.",
]

_FILLERS = [
    "Results are monitored every quarter.",
    "Users were involved at every stage.",
    "All materials are openly licensed.",
    "Gender equality is a cross-cutting priority.",
    "The approach is designed for replication.",
    "Costs are kept low through open-source tools.",
    "Partners share responsibility for sustainability.",
    "Accessibility is built into every component.",
    "Feedback from users guides each improvement.",
    "The work is aligned with national development plans.",
    "Data protection is ensured throughout.",
    "Lessons learned are shared openly with peers.",
    "Progress reports are public.",
    "Local ownership remains a guiding principle.",
]

_SDG_REASON = {
    1: "by opening new income opportunities for low-income households",
    2: "by helping farmers produce more and lose less of their harvest",
    3: "by improving access to quality health services",
    4: "by widening access to quality learning opportunities",
    5: "by ensuring that women and girls benefit equally and take leading roles",
    6: "by supporting better management of water resources",
    7: "by promoting energy-efficient and renewable-powered solutions",
    8: "by creating jobs and supporting productive enterprises",
    9: "by building resilient digital infrastructure and fostering innovation",
    10: "by reaching groups that are usually left behind",
    11: "by making communities safer, more resilient and better served",
    12: "by encouraging more sustainable use of resources",
    13: "by strengthening resilience and adaptation to climate change",
    14: "by supporting the sustainable use of marine and coastal resources",
    15: "by helping to protect forests, soils and biodiversity",
    16: "by making institutions more transparent, accountable and accessible",
    17: "by building partnerships across sectors and borders",
}
_GDC_PHRASE = {
    1: "close digital divides and accelerate progress on the SDGs",
    2: "expand inclusion in, and the benefits of, the digital economy",
    3: "foster an inclusive, open, safe and secure digital space that respects human rights",
    4: "advance responsible, equitable and interoperable data governance",
    5: "strengthen the international governance of artificial intelligence for the benefit of humanity",
}

# --------------------------------------------------------------------------------------------
# Organisations
# --------------------------------------------------------------------------------------------

# (name, domain label, action lines it mostly works on)
_GOV_PORTFOLIOS = [
    ("Ministry of ICT and Digital Economy", "ict", ["C1", "C2", "C6", "C7.1", "C11", "C4"]),
    ("Ministry of Digital Transformation", "digital", ["C1", "C7.1", "C4", "C6"]),
    ("Ministry of Health", "health", ["C7.4"]),
    ("Ministry of Education", "education", ["C7.3", "C4"]),
    ("Ministry of Agriculture and Rural Development", "agriculture", ["C7.7"]),
    ("Ministry of Environment and Climate Change", "environment", ["C7.6"]),
    ("Ministry of Labour and Employment", "labour", ["C7.5"]),
    ("Ministry of Trade and Industry", "trade", ["C7.2"]),
    ("Ministry of Higher Education and Scientific Research", "research", ["C7.8", "C4"]),
    ("Ministry of Culture and Heritage", "culture", ["C8"]),
    ("Ministry of Foreign Affairs", "foreign", ["C11"]),
    ("Ministry of Gender and Social Affairs", "social", ["C10", "C4", "C7.5"]),
    ("National Cybersecurity Agency", "cyber", ["C5"]),
    ("Communications Regulatory Authority", "regulator", ["C2", "C6", "C5"]),
    ("Digital Government Agency", "egov", ["C7.1", "C1"]),
    ("National Library and Archives", "library", ["C3", "C8"]),
    ("Public Broadcasting Corporation", "broadcast", ["C9", "C8"]),
    ("Data Protection Commission", "dataprotection", ["C10", "C6", "C5"]),
    ("National Statistics Office", "stats", ["C3", "C1", "C11"]),
    ("Disaster Management Authority", "disaster", ["C7.6"]),
    ("Universal Service Fund", "usf", ["C2"]),
    ("National Innovation Agency", "innovation", ["C7.2", "C7.8"]),
]

_NON_GOV_TEMPLATES = {
    "private-sector": [
        ("{stem} Telecom", ["C2"]),
        ("{stem} Networks", ["C2", "C5"]),
        ("{stem} Health Tech", ["C7.4"]),
        ("{stem} AgriTech", ["C7.7"]),
        ("{stem} EdTech", ["C7.3", "C4"]),
        ("{stem} Pay", ["C7.2"]),
        ("{stem} Cyber Defence", ["C5"]),
        ("{stem} Digital Solutions", ["C7.1", "C7.2", "C1"]),
        ("{stem} Analytics", ["C7.8", "C3", "C7.6"]),
        ("{stem} Media Group", ["C9", "C8"]),
        ("{stem} Jobs", ["C7.5"]),
        ("{stem} GreenTech", ["C7.6"]),
        ("{stem} Software", ["C7.1", "C7.3", "C7.2"]),
        ("{stem} Labs", ["C7.8", "C10", "C4"]),
        ("{stem} Mobile", ["C2", "C7.2", "C7.4"]),
        ("{stem} Cloud Services", ["C7.1", "C5", "C7.8"]),
    ],
    "civil-society": [
        ("{stem} Foundation for Digital Inclusion", ["C4", "C2", "C10"]),
        ("{stem} Digital Rights Initiative", ["C10", "C5", "C9"]),
        ("{stem} Community Media Trust", ["C9", "C8"]),
        ("{stem} Rural Connectivity Collective", ["C2", "C4"]),
        ("{stem} Open Knowledge Society", ["C3", "C8"]),
        ("{stem} Youth Coding Club", ["C4", "C7.3"]),
        ("{stem} Farmers Network", ["C7.7"]),
        ("{stem} Health Access Alliance", ["C7.4"]),
        ("{stem} Climate Data Coalition", ["C7.6"]),
        ("{stem} Language Heritage Association", ["C8"]),
        ("{stem} Women in Technology Association", ["C4", "C10", "C7.5"]),
        ("{stem} Disability Inclusion Network", ["C10", "C3"]),
        ("{stem} Child Safety Online Alliance", ["C5", "C10"]),
        ("{stem} Livelihoods Trust", ["C7.5", "C7.2"]),
    ],
    "academia": [
        ("{stem} University of Science and Technology", ["C7.8", "C4", "C7.3"]),
        ("{stem} Institute of Technology", ["C4", "C7.8", "C2"]),
        ("{stem} Polytechnic", ["C4", "C7.5"]),
        ("{stem} School of Public Health", ["C7.4"]),
        ("{stem} Agricultural University", ["C7.7", "C7.6"]),
        ("{stem} Centre for Digital Humanities", ["C8", "C3"]),
        ("{stem} Research Centre for Artificial Intelligence", ["C7.8", "C10"]),
        ("{stem} Open University", ["C7.3", "C4"]),
        ("{stem} Institute for Internet Policy", ["C6", "C1", "C10"]),
        ("{stem} School of Journalism", ["C9"]),
    ],
    "technical-community": [
        ("{stem} Internet Exchange", ["C2"]),
        ("{stem} Open Source Community", ["C3", "C4"]),
        ("{stem} Network Operators Forum", ["C2", "C5"]),
        ("{stem} CERT Volunteers", ["C5"]),
        ("{stem} Domain Name Association", ["C6", "C8"]),
        ("{stem} Developers Guild", ["C4", "C7.2"]),
    ],
    "other": [
        ("{stem} Chamber of Commerce", ["C7.2", "C11"]),
        ("{stem} Cooperative Bank", ["C7.2", "C7.7"]),
        ("{stem} Public Library Network", ["C3", "C4"]),
        ("{stem} Media Cooperative", ["C9"]),
        ("{stem} Social Enterprise Hub", ["C7.5", "C7.2"]),
        ("{stem} Museum Foundation", ["C8"]),
    ],
}
_DOMAIN_SUFFIX = {
    "private-sector": "example",
    "civil-society": "org.example",
    "academia": "edu.example",
    "technical-community": "net.example",
    "other": "example",
}

# Fictional international organisations (country None).
_INTERNATIONAL_ORGS = [
    ("Global Alliance for Rural Connectivity", ["C2", "C11"]),
    ("International Council for Digital Learning", ["C7.3", "C4"]),
    ("Coalition for Open Health Data", ["C7.4", "C3"]),
    ("World Forum on Digital Agriculture", ["C7.7"]),
    ("International Network of Cyber Resilience Centres", ["C5", "C11"]),
    ("Alliance for Linguistic Diversity Online", ["C8"]),
    ("Global Federation of Community Media Centres", ["C9"]),
    ("Pan-African Digital Skills Council", ["C4", "C7.5"]),
    ("Asia-Pacific Open Data Partnership", ["C3", "C11"]),
    ("Latin American and Caribbean Digital Government Circle", ["C7.1", "C11"]),
    ("Arab Regional Centre for the Digital Economy", ["C7.2", "C6"]),
    ("Eurasian Digital Cooperation Platform", ["C11", "C1"]),
    ("Global Initiative on Ethical Artificial Intelligence", ["C10"]),
    ("International Partnership for Climate Data", ["C7.6", "C7.8"]),
    ("Small Island States Digital Network", ["C11", "C2"]),
    ("Global Open Science Consortium", ["C7.8", "C3"]),
    ("International Coalition for Decent Digital Work", ["C7.5"]),
    ("Women in Digital Leadership International", ["C4", "C10"]),
    ("International Forum for Digital Policy Dialogue", ["C1", "C6"]),
    ("Global Network of Innovation Hubs", ["C7.2", "C4"]),
    ("Mediterranean Digital Heritage Alliance", ["C8", "C11"]),
    ("Alliance for Trustworthy Information", ["C9", "C10"]),
]

_NO_GOV = {"US", "TR"}  # no fictional government bodies here (Türkiye's real ones are listed separately)

_ORG_CACHE: dict | None = None


def _build_organisations() -> dict:
    r = random.Random(20260315)
    orgs: list[dict] = []
    lines_by_key: dict[str, list[str]] = {}
    used_names: set[str] = set()
    used_keys: set[str] = set()
    gov_used: dict[str, set[int]] = {}
    used_domains: set[str] = set()

    def add(name: str, stype: str, iso: str | None, website: str, lines: list[str]) -> None:
        key = _slugify(name)[:72].rstrip("-")
        base, n = key, 2
        while key in used_keys:
            key, n = f"{base}-{n}", n + 1
        used_keys.add(key)
        used_names.add(name)
        orgs.append(
            {
                "key": key,
                "name": name,
                "stakeholder_type": stype,
                "country": iso,
                "website": website,
                "verified": r.random() < 0.82,
            }
        )
        lines_by_key[key] = lines

    def make_gov(iso: str) -> bool:
        c = COUNTRIES[iso]
        free = [i for i in range(len(_GOV_PORTFOLIOS)) if i not in gov_used.setdefault(iso, set())]
        if not free:
            return False
        # The ICT ministry or the regulator comes first most of the time.
        first = [i for i in free if i in (0, 1, 13, 14)]
        idx = r.choice(first) if (first and not gov_used[iso] and r.random() < 0.6) else r.choice(free)
        gov_used[iso].add(idx)
        portfolio, label, lines = _GOV_PORTFOLIOS[idx]
        if portfolio.startswith("Ministry") or r.random() < 0.5 or c["name"].startswith("DR "):
            name = f"{portfolio} of {c['formal']}"
        else:
            name = f"{c['name']} {portfolio}"
        add(name, "government", iso, f"https://{label}.{iso.lower()}.gov.example", lines)
        return True

    def make_other(iso: str, stype: str) -> None:
        c = COUNTRIES[iso]
        for _ in range(40):
            template, lines = r.choice(_NON_GOV_TEMPLATES[stype])
            stem = r.choice(_STEMS[c["cluster"]])
            name = template.format(stem=stem)
            if stype == "private-sector" and r.random() < 0.5:
                name = f"{name} {_LEGAL_BY_ISO.get(iso, 'Ltd')}"
            if name in used_names:
                continue
            core = _slugify(stem).replace("-", "") + _slugify(template.split()[1]).replace("-", "")
            domain = f"{core}.{iso.lower()}.{_DOMAIN_SUFFIX[stype]}"
            n = 2
            while domain in used_domains:
                domain, n = f"{core}{n}.{iso.lower()}.{_DOMAIN_SUFFIX[stype]}", n + 1
            used_domains.add(domain)
            add(name, stype, iso, f"https://www.{domain}" if stype == "private-sector" else f"https://{domain}", lines)
            return

    # Every country gets one organisation (a government body where we may invent one).
    for iso in COUNTRIES:
        if iso in _NO_GOV or r.random() < 0.3:
            make_other(
                iso, r.choice(["private-sector", "academia", "civil-society", "private-sector", "technical-community"])
            )
        else:
            make_gov(iso)
    # Then extra organisations, more of them in larger countries.
    isos = list(COUNTRIES)
    weights = [COUNTRIES[i]["population_m"] ** 0.4 for i in isos]
    types = ["government", "private-sector", "civil-society", "academia", "technical-community", "other"]
    type_weights = [10, 30, 25, 21, 8, 7]
    target_national = 320 - len(_INTERNATIONAL_ORGS)
    while len(orgs) < target_national:
        iso = r.choices(isos, weights)[0]
        stype = r.choices(types, type_weights)[0]
        if stype == "government" and (iso in _NO_GOV or not make_gov(iso)):
            continue
        if stype != "government":
            make_other(iso, stype)
    for name, lines in _INTERNATIONAL_ORGS:
        add(name, "international-organization", None, f"https://{_slugify(name)}.int.example", lines)

    by_key = {o["key"]: o for o in orgs}
    by_country: dict[str, list[str]] = {}
    for o in orgs:
        if o["country"]:
            by_country.setdefault(o["country"], []).append(o["key"])
    # Cumulative selection weights per action line: organisations mostly submit on their own topics.
    cum: dict[str, list[float]] = {}
    for code in _LINE_BY_CODE:
        w = []
        for o in orgs:
            if code in lines_by_key[o["key"]]:
                w.append(6.0)
            elif o["stakeholder_type"] in ("government", "international-organization"):
                w.append(0.25)
            else:
                w.append(0.15)
        cum[code] = list(accumulate(w))
    return {"list": orgs, "by_key": by_key, "by_country": by_country, "cum": cum, "lines": lines_by_key}


def _orgs() -> dict:
    global _ORG_CACHE
    if _ORG_CACHE is None:
        _ORG_CACHE = _build_organisations()
    return _ORG_CACHE


def organisations() -> list[dict]:
    """About 320 organisations (fictional names) from 140+ countries and every stakeholder type."""
    return [dict(o) for o in _orgs()["list"]]


ORGANISATIONS = organisations()

# --------------------------------------------------------------------------------------------
# Türkiye: the 22 recipients of BTK's 2026 call (official names; contacts are fictional)
# --------------------------------------------------------------------------------------------

_TR_ROWS = [
    (
        "ministry-of-justice",
        "Ministry of Justice of the Republic of Türkiye",
        "T.C. Adalet Bakanlığı",
        "adalet",
        "Ayşe Yılmaz",
    ),
    (
        "ministry-of-family-and-social-services",
        "Ministry of Family and Social Services of the Republic of Türkiye",
        "T.C. Aile ve Sosyal Hizmetler Bakanlığı",
        "aile",
        "Mehmet Kaya",
    ),
    (
        "ministry-of-labour-and-social-security",
        "Ministry of Labour and Social Security of the Republic of Türkiye",
        "T.C. Çalışma ve Sosyal Güvenlik Bakanlığı",
        "csgb",
        "Elif Demir",
    ),
    (
        "ministry-of-environment-urbanisation-and-climate-change",
        "Ministry of Environment, Urbanisation and Climate Change of the Republic of Türkiye",
        "T.C. Çevre, Şehircilik ve İklim Değişikliği Bakanlığı",
        "csb",
        "Mustafa Şahin",
    ),
    (
        "ministry-of-foreign-affairs",
        "Ministry of Foreign Affairs of the Republic of Türkiye",
        "T.C. Dışişleri Bakanlığı",
        "mfa",
        "Zeynep Çelik",
    ),
    (
        "ministry-of-energy-and-natural-resources",
        "Ministry of Energy and Natural Resources of the Republic of Türkiye",
        "T.C. Enerji ve Tabii Kaynaklar Bakanlığı",
        "enerji",
        "Ahmet Aydın",
    ),
    (
        "ministry-of-youth-and-sports",
        "Ministry of Youth and Sports of the Republic of Türkiye",
        "T.C. Gençlik ve Spor Bakanlığı",
        "gsb",
        "Fatma Öztürk",
    ),
    (
        "ministry-of-treasury-and-finance",
        "Ministry of Treasury and Finance of the Republic of Türkiye",
        "T.C. Hazine ve Maliye Bakanlığı",
        "hmb",
        "Emre Arslan",
    ),
    (
        "ministry-of-interior",
        "Ministry of Interior of the Republic of Türkiye",
        "T.C. İçişleri Bakanlığı",
        "icisleri",
        "Merve Doğan",
    ),
    (
        "ministry-of-culture-and-tourism",
        "Ministry of Culture and Tourism of the Republic of Türkiye",
        "T.C. Kültür ve Turizm Bakanlığı",
        "ktb",
        "Burak Kılıç",
    ),
    (
        "ministry-of-national-education",
        "Ministry of National Education of the Republic of Türkiye",
        "T.C. Millî Eğitim Bakanlığı",
        "meb",
        "Esra Aslan",
    ),
    (
        "ministry-of-national-defence",
        "Ministry of National Defence of the Republic of Türkiye",
        "T.C. Millî Savunma Bakanlığı",
        "msb",
        "Serkan Koç",
    ),
    (
        "ministry-of-health",
        "Ministry of Health of the Republic of Türkiye",
        "T.C. Sağlık Bakanlığı",
        "saglik",
        "Büşra Kurt",
    ),
    (
        "ministry-of-industry-and-technology",
        "Ministry of Industry and Technology of the Republic of Türkiye",
        "T.C. Sanayi ve Teknoloji Bakanlığı",
        "sanayi",
        "Murat Özdemir",
    ),
    (
        "ministry-of-agriculture-and-forestry",
        "Ministry of Agriculture and Forestry of the Republic of Türkiye",
        "T.C. Tarım ve Orman Bakanlığı",
        "tarimorman",
        "Selin Polat",
    ),
    (
        "ministry-of-trade",
        "Ministry of Trade of the Republic of Türkiye",
        "T.C. Ticaret Bakanlığı",
        "ticaret",
        "Can Yıldız",
    ),
    (
        "ministry-of-transport-and-infrastructure",
        "Ministry of Transport and Infrastructure of the Republic of Türkiye",
        "T.C. Ulaştırma ve Altyapı Bakanlığı",
        "uab",
        "Gizem Aksoy",
    ),
    (
        "presidency-of-cyber-security",
        "Cyber Security Presidency of the Presidency of the Republic of Türkiye",
        "T.C. Cumhurbaşkanlığı Siber Güvenlik Başkanlığı",
        "siberguvenlik",
        "Oğuz Güneş",
    ),
    (
        "presidency-of-strategy-and-budget",
        "Presidency of Strategy and Budget of the Presidency of the Republic of Türkiye",
        "T.C. Cumhurbaşkanlığı Strateji ve Bütçe Başkanlığı",
        "sbb",
        "Derya Bulut",
    ),
    (
        "investment-and-finance-office",
        "Investment and Finance Office of the Presidency of the Republic of Türkiye",
        "T.C. Cumhurbaşkanlığı Yatırım ve Finans Ofisi",
        "invest",
        "Kerem Tekin",
    ),
    (
        "directorate-of-communications",
        "Directorate of Communications of the Presidency of the Republic of Türkiye",
        "T.C. Cumhurbaşkanlığı İletişim Başkanlığı",
        "iletisim",
        "Tuğba Uçar",
    ),
    (
        "council-of-higher-education",
        "Council of Higher Education of the Republic of Türkiye",
        "Yükseköğretim Kurulu Başkanlığı",
        "yok",
        "Hakan Erdem",
    ),
]


def _email(person: str, domain: str) -> str:
    return f"{_slugify(person).replace('-', '.')}@{domain}"


TURKIYE_ORGANISATIONS = [
    {
        "key": f"tr-{key}",
        "name": name,
        "name_tr": name_tr,
        "contact_name": person,
        "email": _email(person, f"{label}.gov.tr.example"),
        "stakeholder_type": "government",
        "country": "TR",
    }
    for key, name, name_tr, label, person in _TR_ROWS
]

TURKIYE_FOCAL_POINT = {
    "org_name": "Information and Communication Technologies Authority (BTK)",
    "name_tr": "Bilgi Teknolojileri ve İletişim Kurumu",
    "contact_name": "Neslihan Karaca",
    "email": _email("Neslihan Karaca", "btk.gov.tr.example"),
}

# --------------------------------------------------------------------------------------------
# Per-entry context: every slot used by the sentence banks
# --------------------------------------------------------------------------------------------

# Names that take "the" inside a sentence.
_SENTENCE_NAME = {
    "PH": "the Philippines",
    "NL": "the Netherlands",
    "US": "the United States",
    "GB": "the United Kingdom",
    "GM": "the Gambia",
    "KR": "the Republic of Korea",
    "RU": "the Russian Federation",
    "DO": "the Dominican Republic",
    "AE": "the United Arab Emirates",
    "MV": "the Maldives",
    "KM": "the Comoros",
    "CD": "the Democratic Republic of the Congo",
}
_ALL_ISOS = list(COUNTRIES)
_TITLE_ADJ = [
    "Inclusive",
    "Community-Led",
    "Integrated",
    "Mobile-First",
    "Open-Source",
    "Scalable",
    "Resilient",
    "Citizen-Centred",
    "Low-Cost",
    "Sustainable",
    "People-Centred",
    "Next-Generation",
    "Participatory",
]
_TITLE_VERB = [
    "Advancing",
    "Strengthening",
    "Scaling Up",
    "Expanding",
    "Accelerating",
    "Reimagining",
    "Mainstreaming",
    "Investing in",
    "Democratising",
    "Rethinking",
]
_TYPE_WEIGHTS = list(accumulate([58, 12, 9, 8, 6, 7]))
_TYPE_GROUPS = ["core", "training", "website", "guideline", "conference", "other"]
_YEARS = list(range(2019, 2027))
_YEAR_CUM = list(accumulate([9, 10, 11, 12, 12, 13, 15, 18]))
_CUTOFF = date(2026, 10, 31)  # "today" for the demo: planned work starts after November 2026


def _sentence_name(iso: str) -> str:
    return _SENTENCE_NAME.get(iso, COUNTRIES[iso]["name"])


def _ref_name(name: str, stype: str) -> str:
    """How the organisation is referred to inside a sentence ("the Ministry of ...", "Nyota Pay")."""
    if stype == "private-sector" or name.lower().startswith("the "):
        return name
    words = name.split()
    if stype == "academia" and ("University" in words[1:3] or words[-1] == "Polytechnic"):
        return name
    return f"the {name}"


_CLUSTERS = list(_STEMS)
_SECONDARY = [
    "The initiative also contributes to efforts to {goal}.",
    "A secondary aim is to {goal}.",
    "Work under the initiative also helps to {goal}.",
    "Along the way, the team has sought to {goal}.",
]
for _line in _LINES:
    _line["next"] = [t.replace("{ey}", "{ny}") for t in _line["next"]]
for _key, _items in _TYPE_NEXT.items():
    _TYPE_NEXT[_key] = [t.replace("{ey}", "{ny}") for t in _items]
for _line in _LINES:
    _by_type: dict[str, list] = {"core": [t for t in _line["things"] if t[2] in ("project", "programme")]}
    for _t in _line["things"]:
        _by_type.setdefault(_t[2], []).append(_t)
    _line["by_type"] = _by_type


def _make_ctx(
    ctx_seed: str,
    line: dict,
    org: dict,
    countries: list[str],
    status: str,
    start: date,
    end: date | None,
    year: int,
    etype: str,
) -> _Slots:
    """All values that fill sentence slots. Depends only on the seed and on fields stored in the entry,
    so prize_submission() can rebuild exactly the same context (same figures, places and wording)."""
    r = random.Random(ctx_seed)
    c = _Slots()
    c.seed = zlib.crc32(ctx_seed.encode())
    c["org"] = org.get("ref") or _ref_name(org["name"], org["stakeholder_type"])
    if countries:
        first = COUNTRIES[countries[0]]
        c["place"], c["place2"] = _sample(r, first["places"], 2)
        if len(countries) > 1:
            names = [_sentence_name(i) for i in countries]
            c["country"] = _join(names)
            c["in_where"] = f"in {_join(names)}"
            c["place2"] = _pick(r, COUNTRIES[countries[1]]["places"])
            langs = []
            for i in countries[:2]:
                lang = _pick(r, COUNTRIES[i]["languages"])
                if lang not in langs:
                    langs.append(lang)
            c["lang"] = _join(langs)
            pop = sum(COUNTRIES[i]["population_m"] for i in countries)
        else:
            c["country"] = _sentence_name(countries[0])
            c["in_where"] = f"in {c['country']}" if r.random() < 0.7 else f"across {c['country']}"
            c["lang"] = _pick(r, first["languages"])
            pop = first["population_m"]
    else:
        a, b = _sample(r, _ALL_ISOS, 2)
        c["place"] = _pick(r, COUNTRIES[a]["places"])
        c["place2"] = _pick(r, COUNTRIES[b]["places"])
        k = _rint(r, 8, 60)
        c["country"] = "participating countries"
        c["in_where"] = _pick(
            r,
            (
                f"in {k} countries",
                "across several regions",
                f"in more than {k} countries",
                f"in {k} countries on three continents",
            ),
        )
        c["lang"] = "several local languages"
        pop = 400.0
    people = pop * 1_000_000
    c.mid_hi = int(min(9500, max(400, people * 0.01)))
    c.big_lo = max(2500.0, people * 0.0004)
    c.big_hi = max(c.big_lo * 4, people * 0.05)
    c["months"] = str(_pick(r, (6, 8, 9, 10, 12, 18, 24)))
    c["wpct"] = str(_rint(r, 28, 67))  # one share of women per entry, whichever sentence states it
    sy = start.year
    if status == "completed" and end:
        ey = end.year
    elif status == "planned":
        ey = end.year if end else sy + _rint(r, 1, 3)
    else:
        ey = max(year, sy) + _rint(r, 1, 3)
    cap = end.year if (status == "completed" and end) else max(year, sy)
    c["sy"], c["ey"] = str(sy), str(ey)
    # Horizon for "next steps": after the end of completed work, else the current target year.
    c["ny"] = str(max(year, ey) + _rint(r, 1, 2)) if status == "completed" else str(ey)
    lo_ev = min(sy + 1, cap)
    c["evy"] = str(_rint(r, lo_ev, cap))
    c["start_month"] = _MONTHS[start.month - 1]
    c["aud"], c["aud2"] = _sample(r, line["aud"], 2)
    c["tech"], c["tech2"] = _sample(r, line["tech"], 2)
    c["problem"], c["problem2"] = _sample(r, line["problems"], 2)
    c["partner"] = _pick(r, line["partners"]) if r.random() < 0.6 else _pick(r, _GENERIC_PARTNERS)
    while True:
        p2 = _pick(r, line["partners"]) if r.random() < 0.4 else _pick(r, _GENERIC_PARTNERS)
        if p2 != c["partner"]:
            break
    c["partner2"] = p2
    c["Partner"] = _cap(c["partner"])
    c["metric"], c["metric2"] = _sample(r, line["metrics"], 2)
    c["Topic"], c["topic"] = _pick(r, line["topics"])
    cluster = COUNTRIES[countries[0]]["cluster"] if countries else _pick(r, _CLUSTERS)
    stem = _pick(r, _STEMS[cluster])
    suffix = _pick(r, line["brand"])
    style = r.random()
    if style < 0.45:
        brand = f"{stem}{suffix}".replace(" ", "")
    elif style < 0.85:
        brand = f"{stem} {suffix}"
    else:
        brand = f"{suffix}{stem}".replace(" ", "")
    c["brand"] = brand
    # Slots that contain slots.
    for key in ("tech", "tech2", "problem", "problem2"):
        if "{" in c[key]:
            c.x = c.seed ^ _crc(c[key])
            c[key] = c[key].format_map(c)
    own = line["by_type"].get(etype, ())
    if etype in ("project", "programme"):
        pool = own or line["by_type"]["core"]
        title, desc = _pick(r, pool)[:2]
    elif own and r.random() < 0.55:
        title, desc = _pick(r, own)[:2]
    else:
        title, desc = _pick(r, _GENERIC_TYPED_THINGS[etype])
    c["Thing"] = title.format_map(c)
    c["thing"] = desc.format_map(c)
    return c


def _place_phrases(r: random.Random, c: dict, countries: list[str]) -> tuple[str, str | None]:
    """(phrase used after "in", phrase usable as a prefix or None)."""
    if not countries:
        return _pick(r, _GLOBAL_PHRASES), None
    known = [i for i in countries if i in COUNTRIES]
    if len(known) > 1:
        regions = []
        for i in known:
            reg = COUNTRIES[i]["region"]
            if reg not in regions:
                regions.append(reg)
        phrase = (
            _REGION_PHRASE[regions[0]]
            if len(regions) == 1
            else f"{_REGION_PHRASE[regions[0]]} and {_REGION_PHRASE[regions[1]].removeprefix('the ')}"
        )
        return phrase, (phrase if not phrase.startswith("the ") else None)
    if not known:
        return "the Country", None
    if r.random() < 0.5:
        return c["place"], c["place"]
    return _sentence_name(known[0]), COUNTRIES[known[0]]["name"]


def _make_title(r: random.Random, c: dict, etype: str, countries: list[str], year: int, seen: set[str]) -> str:
    thing = c["Thing"]
    aud = _title_case(c["aud"])
    topic = c["Topic"]
    brand = c["brand"]
    candidates = []
    for _ in range(10):
        place_in, prefix = _place_phrases(r, c, countries)
        x = r.random()
        if etype == "conference" and x < 0.45:
            t = f"{thing} {year}" if r.random() < 0.6 else f"{thing} {year}, {place_in}"
        elif x < 0.16:
            t = f"{thing} in {place_in}"
        elif x < 0.30:
            t = f"{thing} for {aud}"
        elif x < 0.42:
            t = f"{brand}: {thing}"
        elif x < 0.50:
            t = f"{brand}: {thing} for {aud}"
        elif x < 0.58:
            t = f"{brand}: {thing} in {place_in}"
        elif x < 0.65:
            adj = _pick(r, _TITLE_ADJ)
            t = (
                f"{adj} {thing} in {place_in}"
                if adj.split("-")[0].lower() not in thing.lower()
                else f"{thing} in {place_in}"
            )
        elif x < 0.73 and prefix:
            t = f"{prefix} {thing}"
        elif x < 0.78:
            t = f"{thing} for {aud} in {place_in}"
        elif x < 0.86:
            t = f"{brand} – {topic} for {aud}"
        elif x < 0.94 and etype in ("project", "programme"):
            t = f"{_pick(r, _TITLE_VERB)} {topic} in {place_in}"
        else:
            t = f"{brand}: {_pick(r, _TITLE_VERB)} {topic} for {aud}"
        n = _words(t)
        if 4 <= n <= 12 and t.lower() not in seen:
            seen.add(t.lower())
            return t
        candidates.append(t)
    base = min(candidates, key=_words)
    if _words(base) < 4:
        base = f"{base} in {place_in}"
    for extra in (f" – {c['place']}", f" ({year})", f" – {c['place']} {year}"):
        t = base + extra
        if 4 <= _words(t) <= 12 and t.lower() not in seen:
            seen.add(t.lower())
            return t
    k = 2
    while True:
        words = base.split()[:9]
        t = " ".join(words) + f" – Phase {k}"
        if t.lower() not in seen:
            seen.add(t.lower())
            return t
        k += 1


def _describe(r: random.Random, line: dict, c: _Slots, etype: str, status: str, second: dict | None = None) -> str:
    core = etype in ("project", "programme")
    context = _sample(r, line["context"], _pick(r, (1, 2, 2, 2)))
    intro = _pick(r, _INTRO[status])
    p_context = [intro, *context] if r.random() < 0.4 else [*context, intro]
    if core:
        pool = line["approach"] + (line["approach_past"] if status != "planned" else [])
        approach = _sample(r, pool, _pick(r, (2, 2, 3, 3)))
        if r.random() < 0.35:
            approach.append(_pick(r, _GEN_APPROACH))
    else:
        approach = _sample(r, _TYPE_APPROACH[etype], _pick(r, (2, 3)))
        if etype in ("website", "other") and r.random() < 0.5:
            approach.append(_pick(r, line["approach"]))
    if status == "planned":
        approach.append(_pick(r, _PLANNED_APPROACH))
    bene = _sample(r, _GEN_BENE, _pick(r, (1, 1, 2, 2)))
    if status == "planned":
        results = _sample(r, _TARGETS, _pick(r, (2, 2, 3)))
    else:
        pool = line["results"] if (core or (etype == "website" and r.random() < 0.3)) else _TYPE_RESULTS[etype]
        results = _sample(r, pool, _pick(r, (2, 2, 3)))
        if r.random() < 0.45:
            results.append(_pick(r, _GEN_RESULTS[status]))
    if second is not None:  # cross-cutting work: one sentence in the vocabulary of the secondary action line
        results.insert(_rint(r, 0, len(results)), _pick(r, _SECONDARY).replace("{goal}", _pick(r, second["goals"])))
    nxt_pool = (
        (line["next"] if core else _TYPE_NEXT[etype])
        + _GEN_NEXT
        + (_GEN_NEXT_COMPLETED if status == "completed" else [])
    )
    results.append(_pick(r, nxt_pool))

    # Format, dropping sentences that open like an earlier one (reads as templated otherwise).
    openings: set[str] = set()

    def render(templates: list[str]) -> list[str]:
        out = []
        for t in templates:
            text = _fmt(t, c)
            opening = " ".join(text.split(None, 3)[:3])
            if opening in openings:
                continue
            openings.add(opening)
            out.append(text)
        return out

    p_context, p_approach, p_bene, p_results = render(p_context), render(approach), render(bene), render(results)
    k = _pick(r, (2, 3, 3, 4, 4))
    if k == 4 and p_bene:
        paras = [p_context, p_approach, p_bene, p_results]
    elif k >= 3:
        paras = (
            [p_context, p_approach + p_bene, p_results]
            if r.random() < 0.5
            else [p_context, p_approach, p_bene + p_results]
        )
    else:
        paras = [p_context + p_approach, p_bene + p_results]
    paras = [p for p in paras if p]
    total = sum(_words(s) for p in paras for s in p)
    while total > 250:
        biggest = max(paras, key=len)
        if len(biggest) <= 1:
            break
        total -= _words(biggest.pop(len(biggest) // 2))
    if total < 100:
        extras = render(_sample(r, _GEN_EXTRA, len(_GEN_EXTRA)) + _sample(r, _GEN_APPROACH, len(_GEN_APPROACH)))
        while total < 100 and extras:
            s = extras.pop()
            paras[-1].insert(max(0, len(paras[-1]) - 1), s)
            total += _words(s)
    return "\n\n".join(" ".join(p) for p in paras)


def _entry_status_dates(r: random.Random) -> tuple[int, str, date, date | None]:
    year = _YEARS[bisect(_YEAR_CUM, r.random() * _YEAR_CUM[-1])]
    if year >= 2025 and r.random() < 0.3:
        status = "planned"
    elif r.random() < (0.55 if year <= 2022 else 0.42):
        status = "completed"
    else:
        status = "ongoing"
    ref_end = min(date(year, 12, 31), _CUTOFF)
    if status == "completed":
        start = _rand_date(r, date(year - 5, 1, 1), ref_end - timedelta(days=420))
        end = _rand_date(r, start + timedelta(days=300), ref_end)
    elif status == "ongoing":
        start = _rand_date(r, date(year - 4, 1, 1), min(ref_end, date(year, 10, 31)) - timedelta(days=30))
        end = None
    else:
        start = _rand_date(r, date(2026, 12, 1), date(2028, 6, 30))
        end = start + timedelta(days=_rint(r, 365, 1460)) if r.random() < 0.65 else None
    return year, status, start, end


def _seed_tag(seed: int) -> str:
    return format(seed & 0xFFFFFFFFFFFF, "x")


def entries(n: int, seed: int = 2026) -> Iterator[dict]:
    """Yield n stocktaking entries. Same (n, seed) gives identical output; entries(n) is a prefix of
    entries(m) for n < m with the same seed."""
    data = _orgs()
    orgs, cum, by_country = data["list"], data["cum"], data["by_country"]
    r = random.Random(seed)
    tag = _seed_tag(seed)
    seen: set[str] = set()
    block: list[str] = []
    regions = list(ITU_REGIONS)
    intl_keys = [o["key"] for o in orgs if o["country"] is None]
    for i in range(n):
        if not block:
            block = list(_LINE_BLOCK)
            r.shuffle(block)
        code = block.pop()
        line = _LINE_BY_CODE[code]
        weights = cum[code]
        org = orgs[min(bisect(weights, r.random() * weights[-1]), len(orgs) - 1)]
        iso = org["country"]
        if iso is None:
            if r.random() < 0.55:
                countries: list[str] = []
            else:
                countries = _sample(r, _ISO_BY_REGION[_pick(r, regions)], _rint(r, 2, 5))
        else:
            x = r.random()
            if x < 0.05:
                countries = []
            elif x < 0.18:
                pool = _ISO_BY_REGION[COUNTRIES[iso]["region"]] if r.random() < 0.8 else _ALL_ISOS
                extra = [c for c in _sample(r, pool, 5) if c != iso][: _rint(r, 1, 3)]
                countries = [iso, *extra]
            else:
                countries = [iso]
        group = _TYPE_GROUPS[bisect(_TYPE_WEIGHTS, r.random() * _TYPE_WEIGHTS[-1])]
        etype = ("project" if r.random() < 0.72 else "programme") if group == "core" else group
        year, status, start, end = _entry_status_dates(r)
        c = _make_ctx(f"{tag}:{i + 1}", line, org, countries, status, start, end, year, etype)
        title = _make_title(r, c, etype, countries, year, seen)
        key = f"{_slugify(title)[:60].rstrip('-')}-{i + 1}-{tag}"
        k = _pick(r, (0, 0, 1, 1, 2))
        action_lines = [code, *_sample(r, line["related"], k)]
        second = _LINE_BY_CODE[action_lines[1]] if k and r.random() < 0.6 else None
        description = _describe(r, line, c, etype, status, second)

        subtopics = _sample(r, SUBTOPICS[code], _pick(r, (0, 1, 1, 1, 2)))
        if len(action_lines) > 1 and r.random() < 0.2:
            subtopics.append(_pick(r, SUBTOPICS[action_lines[1]]))
        sdg_pool = line["sdgs"]
        sdgs = {sdg_pool[0] if r.random() < 0.8 else sdg_pool[1]}
        want = 1 + _pick(r, (0, 1, 1, 2, 2, 3))
        while len(sdgs) < want:
            sdgs.add(_pick(r, sdg_pool))
        if len(sdgs) < 4 and ("women" in c["aud"] + c["aud2"] or "girls" in c["aud"] + c["aud2"]):
            sdgs.add(5)
        gdc_pool = sorted(set(line["gdc"]))
        if year == 2026:
            gdc = sorted(_sample(r, gdc_pool, min(len(gdc_pool), _pick(r, (1, 1, 2)))))
        elif year == 2025 and r.random() < 0.35:
            gdc = [_pick(r, gdc_pool)]
        else:
            gdc = []

        partner_names = []
        same = [k2 for k2 in by_country.get(iso, []) if k2 != org["key"]] if iso else []
        if same:
            partner_names += [
                data["by_key"][k2]["name"] for k2 in _sample(r, same, min(len(same), _pick(r, (1, 1, 2))))
            ]
        if r.random() < 0.35 or not partner_names:
            if r.random() < 0.4 or not iso:
                other = _pick(r, intl_keys)
            else:
                other = _pick(r, by_country[_pick(r, _ISO_BY_REGION[COUNTRIES[iso]["region"]])])
            if other != org["key"]:
                partner_names.append(data["by_key"][other]["name"])
        partner_names.append(c["Partner"])
        partners = "; ".join(dict.fromkeys(partner_names))

        host = org["website"].split("://", 1)[1]
        slug = _slugify(c["brand"])
        if org["stakeholder_type"] == "government" or r.random() < 0.4:
            website = f"https://{host}/{slug}"
        else:
            website = f"https://{slug}.{_pick(r, ('example', 'org.example', 'net.example'))}"

        yield {
            "key": key,
            "org_key": org["key"],
            "title": title,
            "description": description,
            "entry_type": etype,
            "status": status,
            "start_date": start.isoformat(),
            "end_date": end.isoformat() if end else None,
            "countries": countries,
            "action_lines": action_lines,
            "subtopics": subtopics,
            "sdgs": sorted(sdgs),
            "gdc_objectives": gdc,
            "partners": partners,
            "website": website,
            "year": year,
            "language": "en",
        }


# --------------------------------------------------------------------------------------------
# WSIS Prizes questionnaire
# --------------------------------------------------------------------------------------------

_ETYPE_WORD = {
    "project": "project",
    "programme": "programme",
    "training": "capacity-building initiative",
    "conference": "multistakeholder event",
    "website": "online platform",
    "guideline": "policy guidance initiative",
    "other": "initiative",
}

_PRIZE_QUAL = [
    "Stakeholders interviewed during monitoring visits stressed that the initiative was designed around real needs rather than technology for its own sake.",
    "The initiative has strengthened the capacity of {org} and its partners to manage digital projects.",
    "Women and young people have taken on visible roles as trainers, champions and leaders.",
    "Local ownership is strong, and communities increasingly suggest improvements themselves.",
    "It has changed attitudes, showing that {topic} can work for people in places like {place2}.",
]
_PRIZE_CHALLENGES = [
    "Securing sustainable funding beyond the initial phase required new partnerships.",
    "Staff turnover in partner institutions meant that some training had to be repeated.",
    "Low digital literacy among some users called for assisted channels and simple interfaces.",
    "Unreliable connectivity and power in some locations made offline functionality essential.",
    "These challenges were addressed through close dialogue with partners and adjustments to the work plan.",
]
_PRIZE_PARTNERS = [
    "Technical expertise comes from {partner}, and outreach and community engagement are supported by {partner2}.",
    "Each partner's role is set out in a memorandum of understanding, and a joint steering committee meets regularly.",
    "Funding combines the budget of {org} with contributions from {partner}.",
    "Working with {aud} as co-designers has been as important as the formal institutional partnerships.",
]
_PRIZE_ADDED = [
    "Unlike earlier efforts, the initiative puts {aud} at the centre of design and delivery.",
    "It combines {tech} with {tech2} in a way that can be replicated at modest cost.",
    "Its open approach allows other institutions to reuse tools, data and materials.",
    "It shows that {topic} can reach people who are usually left behind.",
    "The initiative brings together partners who had rarely worked together before.",
    "Its model is financially sustainable because running costs are shared among partners.",
]
_PRIZE_FUTURE = [
    "In the longer term, {org} aims to make the initiative fully self-sustaining.",
    "The team is also exploring responsible uses of artificial intelligence to improve the service.",
    "Interest from neighbouring countries suggests strong potential for replication.",
]


def _partner_ref(name: str) -> str:
    data = _orgs()
    if "by_name" not in data:
        data["by_name"] = {o["name"]: o for o in data["list"]}
    org = data["by_name"].get(name)
    if org:
        return _ref_name(org["name"], org["stakeholder_type"])
    return name[:1].lower() + name[1:] if name[:2] != name[:2].upper() else name


def _org_for(key: str) -> dict:
    org = _orgs()["by_key"].get(key)
    if org:
        return org
    for tr in TURKIYE_ORGANISATIONS:
        if tr["key"] == key:
            return {"name": tr["name"], "country": "TR", "stakeholder_type": "government"}
    return {"name": "The organisation", "country": None, "stakeholder_type": "other"}


def prize_submission(entry: dict, rng_seed: int) -> dict:
    """WSIS Prizes questionnaire answers consistent with the entry (same figures, places and partners)."""
    codes = entry.get("action_lines") or ["C4"]
    line = _LINE_BY_CODE.get(codes[0], _LINE_BY_CODE["C4"])
    org = _org_for(entry.get("org_key", ""))
    countries = [i for i in entry.get("countries") or [] if i in COUNTRIES]
    status = entry.get("status", "ongoing")
    start = date.fromisoformat(entry["start_date"]) if entry.get("start_date") else date(2022, 1, 1)
    end = date.fromisoformat(entry["end_date"]) if entry.get("end_date") else None
    year = int(entry.get("year") or 2026)
    etype = entry.get("entry_type", "project")
    if etype not in _ETYPE_WORD:
        etype = "project"
    m = re.search(r"-(\d+)-([0-9a-f]+)$", entry.get("key", ""))
    ctx_seed = f"{m.group(2)}:{m.group(1)}" if m else entry.get("key", "entry")
    c = _make_ctx(ctx_seed, line, org, countries, status, start, end, year, etype)
    r = random.Random(f"prize:{rng_seed}:{entry.get('key', '')}")
    title = entry.get("title") or c["Thing"]
    core = etype in ("project", "programme")
    f = lambda s: _fmt(s, c)  # noqa: E731

    # Short description (150-200 words, shown to voters).
    name = title.split(":", 1)[0] if ":" in title else (title if _words(title) <= 6 else "The initiative")
    intro = f"{name} is {c['thing']} led by {c['org']} {c['in_where']}."
    why = f(
        _pick(
            r,
            [
                "It responds to {problem} and {problem2}.",
                "It was created to address {problem}, a long-standing obstacle for {aud}.",
                "Its starting point was {problem}, which affected {aud} in particular.",
            ],
        )
    )
    approach_pool = (
        (line["approach"] + (line["approach_past"] if status != "planned" else [])) if core else _TYPE_APPROACH[etype]
    )
    if status == "planned":
        results_pool = list(_TARGETS)
    else:
        results_pool = list(line["results"] if core or etype == "website" else _TYPE_RESULTS[etype])
    r.shuffle(results_pool)
    sd = [
        intro,
        why,
        *[f(s) for s in _sample(r, line["context"], 2)],
        *[f(s) for s in _sample(r, approach_pool, min(3, len(approach_pool)))],
        f(_pick(r, _GEN_BENE)),
        *[f(s) for s in results_pool[:3]],
        f(_pick(r, line["next"] + _GEN_NEXT)),
        f(_pick(r, approach_pool)),
        *[f(s) for s in _sample(r, _GEN_BENE, 3)],
        *[f(s) for s in _GEN_EXTRA],
    ]
    short_description = _compose(r, sd, 150, 200, _FILLERS)

    # Linkages between the action line, the SDGs and the GDC objectives.
    link = [
        f"The initiative directly supports WSIS Action Line {line['code']} ({ACTION_LINES[line['code']]}) by {line['link']}."
    ]
    for goal in (entry.get("sdgs") or line["sdgs"][:1])[:3]:
        link.append(f"It contributes to SDG {goal} ({SDG_NAMES[goal]}) {_SDG_REASON[goal]}.")
    for obj in (entry.get("gdc_objectives") or [])[:2]:
        link.append(f"It also advances Global Digital Compact objective {obj}, which seeks to {_GDC_PHRASE[obj]}.")
    if len(codes) > 1:
        link.append(f"It has secondary links with Action Lines {_join(codes[1:])}.")
    link.append("These linkages were mapped with the WSIS-SDG Matrix when the initiative was designed.")
    linkages = _compose(r, link, 40, 90, _FILLERS)

    qual = [f(s) for s in _sample(r, line["qual"], len(line["qual"]))] + [f(s) for s in _sample(r, _PRIZE_QUAL, 3)]
    impact_qualitative = _compose(r, qual, 50, 100, _FILLERS)

    if status == "planned":
        quant = [f(s) for s in _TARGETS[:2]] + [f(s) for s in _TARGETS[4:5]]
    else:
        quant = [f(s) for s in results_pool[:2]] + [f(s) for s in _GEN_RESULTS[status][:1]]
    quant.append(
        f("The initiative works with {n_small} partner institutions and involves {n_mid} direct participants.")
    )
    impact_quantitative = _compose(r, quant, 30, 80, _FILLERS)

    partner_refs = [_partner_ref(p) for p in (entry.get("partners") or c["partner"]).split("; ") if p]
    partners = [
        f"The initiative is led by {c['org']} in partnership with {_join(partner_refs)}.",
        *[f(s) for s in _sample(r, _PRIZE_PARTNERS, len(_PRIZE_PARTNERS))],
    ]
    partnerships = _compose(r, partners, 30, 80, _FILLERS)

    chall = (
        [f(s) for s in _sample(r, line["challenges"], 2)]
        + [f(s) for s in _sample(r, _PRIZE_CHALLENGES[:4], 2)]
        + [f(_PRIZE_CHALLENGES[4])]
    )
    challenges = _compose(r, chall, 40, 90, _FILLERS)

    fut = [f(s) for s in _sample(r, line["next"], 2)] + [f(s) for s in _sample(r, _PRIZE_FUTURE + _GEN_NEXT, 3)]
    future = _compose(r, fut, 30, 80, _FILLERS)

    g = _sample(r, line["goals"], 4)
    goals_s = [
        f"The main goals are to {g[0]}, to {g[1]} and to {g[2]}.",
        f"In the longer term, the initiative seeks to {g[3]}.",
        "Each goal is linked to measurable indicators and yearly targets.",
        "Particular attention is paid to women, young people and people in remote areas.",
    ]
    goals = _compose(r, goals_s, 30, 60, _FILLERS)

    start_txt = f"{_MONTHS[start.month - 1]} {start.year}"
    if status == "completed" and end:
        tf = [
            f"The initiative ran from {start_txt} to {_MONTHS[end.month - 1]} {end.year}.",
            f"A pilot of about {c['months']} months preceded the full rollout.",
        ]
    elif status == "planned":
        tail = (
            f"and to end in {_MONTHS[end.month - 1]} {end.year}"
            if end
            else f"and to run for about {c['months']} months"
        )
        tf = [f"Implementation is scheduled to begin in {start_txt} {tail}.", "A mid-term review is foreseen."]
    else:
        tf = [
            f"Implementation began in {start_txt} and is ongoing.",
            f"The current phase is planned to run until {c['ey']}, with a review at mid-term.",
        ]
    timeframe = _compose(r, tf, 10, 30, _FILLERS)

    added = [f(s) for s in _sample(r, _PRIZE_ADDED, len(_PRIZE_ADDED))]
    added_value = _compose(r, added, 30, 70, _FILLERS)

    res = [f(s) for s in results_pool[2:]] + [f(s) for s in results_pool[:2]]
    if status != "planned":
        res += [f(s) for s in _GEN_RESULTS[status][1:3]]
    results = _compose(r, res, 40, 90, _FILLERS)

    return {
        "short_description": short_description,
        "linkages": linkages,
        "impact_qualitative": impact_qualitative,
        "impact_quantitative": impact_quantitative,
        "partnerships": partnerships,
        "challenges": challenges,
        "future": future,
        "goals": goals,
        "timeframe": timeframe,
        "added_value": added_value,
        "results": results,
    }


# --------------------------------------------------------------------------------------------
# WSIS Stocktaking Repository of Women in Technology (fictional people)
# --------------------------------------------------------------------------------------------

_WOMEN = [
    ("Wanjiru Kamau", "KE"),
    ("Adaeze Okonkwo", "NG"),
    ("Efua Mensah", "GH"),
    ("Thandiwe Dlamini", "ZA"),
    ("Hiwot Tesfaye", "ET"),
    ("Aïssatou Ndiaye", "SN"),
    ("Claudine Uwase", "RW"),
    ("Layla Haddad", "JO"),
    ("Salma El Amrani", "MA"),
    ("Reem Al-Harthy", "OM"),
    ("Nour Khalil", "EG"),
    ("María José Quispe", "PE"),
    ("Camila Rojas", "CL"),
    ("Ximena Castillo", "MX"),
    ("Juliana Pereira", "BR"),
    ("Keisha Campbell", "JM"),
    ("Priya Raghavan", "IN"),
    ("Nusrat Chowdhury", "BD"),
    ("Dewi Santoso", "ID"),
    ("Maricel Dela Cruz", "PH"),
    ("Tran Thi Linh", "VN"),
    ("Aroha Ngata", "NZ"),
    ("Losana Tavola", "FJ"),
    ("Aigerim Nurlanova", "KZ"),
    ("Dilnoza Karimova", "UZ"),
    ("Ani Petrosyan", "AM"),
    ("Zeynep Aksoy", "TR"),
    ("Ioana Popescu", "RO"),
    ("Katarzyna Nowicka", "PL"),
    ("Ingrid Lindqvist", "SE"),
    ("Oyuna Batbayar", "MN"),
]
_EXPERTISE = [
    "artificial intelligence",
    "cybersecurity",
    "telecommunications policy",
    "digital health",
    "data science",
    "e-government",
    "digital financial services",
    "open-source software",
    "network engineering",
    "digital inclusion",
    "educational technology",
    "satellite communications",
    "cloud infrastructure",
    "human-computer interaction",
    "spectrum management",
    "climate informatics",
    "digital agriculture",
    "child online protection",
    "accessibility",
    "data protection",
]
_WOMEN_TITLES = {
    "government": [
        "Director of Digital Transformation",
        "Head of the Cybersecurity Division",
        "Chief Information Officer",
        "Senior Policy Adviser on the Digital Economy",
    ],
    "private-sector": [
        "Founder and Chief Executive Officer",
        "Chief Technology Officer",
        "Head of Engineering",
        "Lead Data Scientist",
    ],
    "civil-society": ["Executive Director", "Programme Director", "Co-founder and Director"],
    "academia": [
        "Professor of Computer Science",
        "Associate Professor of Information Systems",
        "Director of the Digital Innovation Lab",
        "Senior Lecturer in Software Engineering",
    ],
    "technical-community": ["Chair of the Board", "Senior Network Engineer", "Community Lead"],
    "other": ["Head of Innovation", "Digital Programme Manager"],
    "international-organization": ["Regional Programme Lead", "Senior Digital Development Specialist"],
}
_WOMEN_BIO = [
    "She has more than {years} years of experience in {e1} and {e2}, in {country} and abroad.",
    "Before joining {org}, she {prev}.",
    "She mentors young women entering the technology sector and speaks regularly at regional conferences on {e2}.",
    "Her team's work now reaches {users} users across {region}.",
    "She holds degrees in {degree} from universities in {place} and abroad.",
    "Outside work, she volunteers with a community network that teaches older adults to use smartphones.",
    "In {award}, she received a national award for women in science and technology.",
    "She is a strong advocate of {cause}.",
    "Colleagues describe her as a patient builder of teams and a firm believer in learning by doing.",
]
_WOMEN_PREV = [
    "built mobile banking systems for a regional bank",
    "worked as a network engineer for a national operator",
    "taught mathematics at a secondary school in {place}",
    "co-founded a coding club for girls in {place}",
    "advised the government on its national broadband plan",
    "completed a doctorate on machine learning for medical imaging",
    "managed a rural connectivity project for an international non-governmental organisation",
    "led the data team of a fast-growing e-commerce start-up",
]
_WOMEN_DEGREES = [
    "electrical engineering",
    "computer science",
    "public policy and economics",
    "statistics",
    "telecommunications engineering",
    "information systems",
    "law and technology",
]
_WOMEN_CAUSES = [
    "open standards and open-source tools",
    "privacy by design",
    "accessible technology for persons with disabilities",
    "locally produced digital content",
    "gender-responsive digital policy",
    "ethical and transparent artificial intelligence",
]
_PLEDGES = [
    "I pledge to mentor at least five young women each year and to open doors for them in {e1}, from their first internship to their first leadership role.",
    "I commit to making sure that at least half of the speakers at every event I organise are women, and to decline panels where this is not the case.",
    "I pledge to publish our organisation's gender data every year and to close the pay gap in our technical teams by {goal_year}.",
    "I will dedicate one afternoon a month to teaching digital skills to girls in public schools in {place}, and I will invite colleagues to join me.",
    "I pledge to test every product my team builds with women with disabilities and women with low literacy, and to fix what does not work for them.",
    "I commit to sponsoring two women a year for professional certification in {e1} and to supporting them with study time and mentoring until they pass.",
    "I will use my position to ensure that rural women are consulted, in their own languages, before any new digital public service is launched.",
    "I pledge to create paid internships for young women from underserved communities and to measure how many of them stay in the sector.",
]


def women_in_tech_profiles() -> list[dict]:
    """About 30 fictional profiles for the Women in Technology repository."""
    r = random.Random(2021)
    data = _orgs()
    profiles = []
    for name, iso in _WOMEN:
        keys = data["by_country"].get(iso) or [o["key"] for o in data["list"] if o["country"] is None]
        org = data["by_key"][_pick(r, keys)]
        title = _pick(r, _WOMEN_TITLES[org["stakeholder_type"]])
        e1, e2, e3 = _sample(r, _EXPERTISE, 3)
        c = _Slots()
        c.seed = zlib.crc32(name.encode())
        c.update(
            {
                "org": _ref_name(org["name"], org["stakeholder_type"]),
                "country": _sentence_name(iso),
                "e1": e1,
                "e2": e2,
                "years": str(_rint(r, 8, 25)),
                "users": f"{_rint(r, 2, 90) * 1000:,}",
                "region": _REGION_PHRASE[COUNTRIES[iso]["region"]],
                "place": _pick(r, COUNTRIES[iso]["places"]),
                "degree": _pick(r, _WOMEN_DEGREES),
                "award": str(_rint(r, 2015, 2025)),
                "cause": _pick(r, _WOMEN_CAUSES),
                "goal_year": str(_rint(r, 2027, 2030)),
            }
        )
        c["prev"] = _pick(r, _WOMEN_PREV).format_map(c)
        opening = f"{name} is {title} at {c['org']}, where she leads work on {e1}."
        bio = _compose(r, [opening, *[_fmt(s, c) for s in _sample(r, _WOMEN_BIO, len(_WOMEN_BIO))]], 60, 120, _FILLERS)
        pledge = _fmt(_pick(r, _PLEDGES), c) if r.random() < 0.75 else ""
        profiles.append(
            {
                "key": _slugify(name),
                "name": name,
                "title": title,
                "organisation": org["name"],
                "country": iso,
                "expertise": [e1, e2, e3][: _rint(r, 2, 3)],
                "bio": bio,
                "pledge": pledge,
            }
        )
    return profiles


# --------------------------------------------------------------------------------------------
# WSIS Photo Contest (fictional photographers; captions written for this module)
# --------------------------------------------------------------------------------------------

_PHOTOS = [
    (
        "Signal on the Ridge",
        "Sabina Gurung",
        "NP",
        "A volunteer from a community network adjusts a solar-powered antenna on a ridge above a hill village. The link "
        "now carries internet to a school and a health post that were offline until last year, and local young people "
        "maintain it themselves.",
    ),
    (
        "Grandmother's First Video Call",
        "Tereza Nascimento",
        "BR",
        "In a riverside community in the Amazon, a grandmother sees her granddaughter, who studies in Manaus, on a tablet "
        "for the first time. A boat-based connectivity project visits the village every two weeks with internet access, "
        "health consultations and digital skills sessions.",
    ),
    (
        "Market Day, Paid by Phone",
        "Achieng Wekesa",
        "KE",
        "A vegetable seller in a Kisumu market holds up the QR code that her customers scan to pay. Since switching to "
        "mobile payments she keeps a record of every sale, which helped her obtain her first small business loan.",
    ),
    (
        "Code After Class",
        "Chiamaka Obi",
        "NG",
        "Girls from a public secondary school in Enugu debug their first mobile app during an after-school coding club. "
        "Most of them had never used a computer before joining, and several now teach younger pupils in their "
        "neighbourhood.",
    ),
    (
        "Reading the Sky",
        "Mere Vunibola",
        "FJ",
        "A fisher on the coast near Suva checks a marine weather alert on his phone before heading out. The alerts, sent "
        "in iTaukei and English, have become part of the morning routine for many coastal families.",
    ),
    (
        "The Archive Breathes",
        "Youssef Benali",
        "MA",
        "A young archivist in Fès scans a century-old manuscript under soft light. The digitised pages will be freely "
        "available online, so that students and researchers across the region can study texts that were once kept "
        "behind locked doors.",
    ),
    (
        "Clinic at the End of the Road",
        "Rosa Huamán",
        "PE",
        "A nurse in a highland health post near Cusco consults a paediatrician in Lima by video about a child's rash. "
        "Before the telemedicine link was installed, families travelled for a full day to reach a doctor.",
    ),
    (
        "Drone over the Paddies",
        "Nguyen Thi Hoa",
        "VN",
        "A young farmer in the Mekong Delta guides a drone that maps rice fields for signs of pests. The images are "
        "shared with the local cooperative, which sends advice to its members by text message the same afternoon.",
    ),
    (
        "Classroom Without Walls",
        "Rania Saleh",
        "JO",
        "Children in a host community near Irbid follow an interactive lesson on shared tablets in a community centre. "
        "The offline content follows the national curriculum and helps pupils who missed months of school to catch up.",
    ),
    (
        "Keeper of Songs",
        "Aizhan Sadykova",
        "KZ",
        "An elder in a village near Shymkent records a traditional song while her grandson holds the microphone. The "
        "recording joins a growing community archive that young people use to learn songs and sayings from older "
        "generations.",
    ),
    (
        "Hands on the Network",
        "Mamadou Faye",
        "SN",
        "Young technicians in Thiès splice fibre-optic cable during a training session run by a local operator. Many of "
        "the trainees were unemployed graduates, and half of them were hired by network contractors within three months.",
    ),
    (
        "Safer Online, Together",
        "Maricel Bautista",
        "PH",
        "Parents and teenagers in a barangay hall in Iloilo take part in an online safety workshop. They practise "
        "spotting fake messages and set privacy options together, turning a lecture into a conversation between "
        "generations.",
    ),
]


def photo_contest_entries() -> list[dict]:
    """Twelve photo contest entries (ICTs advancing the SDGs)."""
    return [
        {"key": _slugify(title), "title": title, "caption": caption, "photographer": photographer, "country": iso}
        for title, photographer, iso, caption in _PHOTOS
    ]
