"""Word lists for generate_corpus.py: buyers, services, criteria and measures (fictional tenders)."""

BUYERS_NHS = [  # (name, reference prefix, region)
    ("NHS North Central London Integrated Care Board", "NCL", "North Central London ICS"),
    ("NHS North East London Integrated Care Board", "NEL", "North East London ICS"),
    ("NHS North West London Integrated Care Board", "NWL", "North West London ICS"),
    ("NHS South East London Integrated Care Board", "SEL", "South East London ICS"),
    ("NHS South West London Integrated Care Board", "SWL", "South West London ICS"),
    ("Barts Health NHS Trust", "BH", "North East London ICS"),
    ("Guy's and St Thomas' NHS Foundation Trust", "GST", "South East London ICS"),
    ("Imperial College Healthcare NHS Trust", "ICH", "North West London ICS"),
    ("University College London Hospitals NHS Foundation Trust", "UCLH", "North Central London ICS"),
    ("King's College Hospital NHS Foundation Trust", "KCH", "South East London ICS"),
    ("Manchester University NHS Foundation Trust", "MFT", "Greater Manchester ICS"),
    ("Leeds Teaching Hospitals NHS Trust", "LTH", "West Yorkshire ICS"),
    ("Sheffield Teaching Hospitals NHS Foundation Trust", "STH", "South Yorkshire ICS"),
    ("University Hospitals Birmingham NHS Foundation Trust", "UHB", "Birmingham and Solihull ICS"),
    ("NHS Cornwall and Isles of Scilly Integrated Care Board", "CIOS", "Cornwall and Isles of Scilly ICS"),
    ("NHS Kent and Medway Integrated Care Board", "KM", "Kent and Medway ICS"),
    ("NHS Supply Chain", "NHSSC", "National"),
    ("NHS England", "NHSE", "National"),
]
BUYERS_CG = [
    ("Driver and Vehicle Licensing Agency", "DVLA", "Wales"),
    ("HM Revenue and Customs", "HMRC", "National"),
    ("Department for Work and Pensions", "DWP", "National"),
    ("Ministry of Justice", "MOJ", "National"),
    ("Home Office", "HO", "National"),
    ("Crown Commercial Service", "CCS", "National"),
    ("Department for Education", "DFE", "National"),
    ("Environment Agency", "EA", "National"),
]
SERVICES = [
    "Community podiatry service", "Integrated community equipment service", "Wheelchair and seating service",
    "Pathology consumables", "Linen and laundry service", "Non-emergency patient transport", "Hospital catering",
    "Interpreting and translation services", "Community phlebotomy", "Mental health crisis line", "Audiology services",
    "Courier and logistics", "Security services", "Estates maintenance", "Grounds maintenance", "Clinical waste collection",
    "Soft facilities management", "Imaging equipment and maintenance", "Sterile services", "Staff bank management",
    "Outpatient pharmacy", "Diabetes structured education", "Recovery college", "Contact centre services",
    "Vehicle preparation", "Digital dictation and transcription", "Occupational health service",
    "Temporary staffing", "Pest control", "Medical gases", "Electronic patient record support", "Cleaning services",
]
CRITERIA_QUALITY = [
    ("service-delivery", "Service delivery and response times"), ("clinical-safety", "Clinical safety and governance"),
    ("mobilisation", "Mobilisation and transition"), ("staffing", "Staffing, training and retention"),
    ("digital", "Digital and information governance"), ("user-involvement", "Patient and user involvement"),
    ("continuity", "Business continuity"), ("contract-management", "Contract management and reporting"),
]
MEASURES = [  # (code, theme, unit, retired) as in Rules/Catalogues/illustrative-toms.json
    ("ILLUS-NT1", "tackling-economic-inequality", "FTE", False),
    ("ILLUS-NT2", "tackling-economic-inequality", "weeks", False),
    ("ILLUS-NT3", "wellbeing", "hours", False),
    ("ILLUS-NT4", "fighting-climate-change", "tCO2e", False),
    ("ILLUS-NT5", "tackling-economic-inequality", "GBP", False),
    ("ILLUS-NT6", "equal-opportunity", "FTE", False),
    ("ILLUS-NT7", "fighting-climate-change", "miles", True),
]
CPV = [
    ("85000000", "Health and social work services"), ("79710000", "Security services"),
    ("90524000", "Medical waste services"), ("55320000", "Meal-serving services"), ("98310000", "Washing and dry-cleaning services"),
    ("60130000", "Special-purpose road passenger-transport services"), ("45211300", "Houses construction work"),
    ("72000000", "IT services"), ("33140000", "Medical consumables"), ("50700000", "Repair and maintenance of building installations"),
    ("79530000", "Translation services"), ("90910000", "Cleaning services"), ("77314000", "Grounds maintenance services"),
]
COMMUNITY_BENEFITS = [
    "Under the terms of this contract the successful supplier will be required to deliver Community Benefits in support of the authority's economic and social objectives.",
    "Social value will be evaluated in line with PPN 06/20 and accounts for a proportion of the quality score.",
    "Bidders must provide a Carbon Reduction Plan in line with PPN 06/21.",
    "Suppliers are asked to publish a Net Zero Commitment in line with the NHS Net Zero Supplier Roadmap.",
    "The authority reserves the right to award the contract in whole or in part, or not to award any contract.",
    "All documents must be priced in sterling and all payments will be made in sterling.",
    "Fair Work First practices, including payment of at least the real Living Wage, are expected.",
    "The contract will support local employment, apprenticeships and training opportunities.",
    "Tender costs and liabilities incurred by bidders are the sole responsibility of the bidders.",
    "The authority is using an electronic tendering system to carry out this procurement.",
]
OCDS_REGIONS = ["UKM75", "UKM82", "UKM83", "UKL22", "UKL18", "UKI31", "UKI42", "UKD33", "UKE42", "UKG31", "UKJ41", "UKK41", "UK"]
STREETS = ["High Street", "Station Road", "Cyril Street", "Charnwood Court", "Victoria Road", "Church Lane", "Market Square",
           "Castle Terrace", "Heol Billingsley", "King Street", "Queen's Drive", "Mill Lane"]
TOWNS = ["Paisley", "Cardiff", "Glasgow", "Edinburgh", "Swansea", "Leeds", "Manchester", "Birmingham", "Bristol", "Dundee",
         "Aberdeen", "Newport", "Wrexham", "Inverness", "Perth", "Stirling", "York", "Norwich", "Exeter", "Truro", "Carlisle",
         "Durham", "Lancaster", "Lincoln", "Bangor", "Falkirk", "Ayr", "Kilmarnock", "Renfrew", "Johnstone", "Motherwell"]
FIRST_NAMES = ["Graham", "Charlie", "Aisha", "Rhys", "Morag", "Priya", "Tom", "Siobhan", "Owain", "Fiona", "Kwame", "Eilidh"]
LAST_NAMES = ["Scott", "Webber", "Khan", "Jones", "MacLeod", "Patel", "Evans", "Campbell", "Davies", "Mensah", "Reid", "Hughes"]
