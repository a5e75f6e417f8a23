//! The vocabulary the generator draws from: invented, not copied from any article.

/// Words of the running text, roughly from most to least frequent, so that a
/// Zipf draw over their ranks gives English-like frequencies.
#[rustfmt::skip]
pub const VOCABULARY: &[&str] = &[
    "the", "of", "and", "to", "in", "a", "for", "with", "patients", "is", "on", "that", "by",
    "was", "were", "at", "from", "as", "study", "device", "trial", "an", "be", "are", "which",
    "treatment", "this", "have", "results", "after", "clinical", "has", "their", "data", "said",
    "heart", "new", "procedure", "risk", "first", "more", "than", "system", "outcomes", "who",
    "years", "company", "approval", "therapy", "percent", "during", "can", "disease", "group",
    "hospital", "cardiac", "valve", "also", "use", "between", "patient", "care", "compared",
    "follow-up", "mortality", "its", "not", "one", "safety", "will", "or", "these", "two",
    "surgery", "stroke", "blood", "long-term", "months", "use", "centre", "team", "trials",
    "randomized", "physicians", "aortic", "artery", "coronary", "catheter", "stent", "TAVR",
    "thrombectomy", "aneurysm", "Impella", "imaging", "pump", "shock", "support", "rate",
    "primary", "endpoint", "evidence", "reported", "according", "early", "higher", "lower",
    "significant", "reduction", "events", "analysis", "researchers", "regulatory", "market",
    "approved", "recruiting", "sponsors", "interventions", "conditions", "guidelines",
    "minimally", "invasive", "access", "femoral", "radial", "lesions", "balloon", "implant",
    "ablation", "atrial", "fibrillation", "pacing", "lead", "leadless", "pacemaker", "sensor",
    "monitoring", "remote", "artificial", "intelligence", "algorithm", "diagnosis", "tumour",
    "liver", "renal", "pulmonary", "embolism", "venous", "peripheral", "vascular", "endovascular",
    "graft", "repair", "mitral", "tricuspid", "regurgitation", "stenosis", "calcified",
    "lithotripsy", "intravascular", "ultrasound", "fluoroscopy", "contrast", "dose", "radiation",
    "interventional", "radiology", "cardiology", "neurology", "oncology", "registry", "cohort",
    "multicentre", "prospective", "retrospective", "sham", "control", "arm", "enrolled",
    "investigators", "presented", "congress", "published", "journal", "findings", "suggest",
    "benefit", "harm", "adverse", "bleeding", "complications", "readmission", "discharge",
    "quality", "life", "cost", "reimbursement", "payers", "launch", "Europe", "United", "States",
    "FDA", "CE", "mark", "clearance", "recall", "warning", "labelling", "manufacturer", "shares",
    "investors", "funding", "raised", "acquisition", "deal", "portfolio", "pipeline", "quarter",
    "revenue", "growth", "surgeons", "nurses", "operators", "training", "learning", "curve",
    "workflow", "robotic", "platform", "navigation", "mapping", "energy", "pulsed", "field",
    "cryoballoon", "closure", "appendage", "septal", "defect", "paediatric", "elderly", "women",
    "frail", "comorbidities", "diabetes", "hypertension", "obesity", "kidney", "failure",
    "ejection", "fraction", "haemodynamic", "mechanical", "circulatory", "ventricular", "assist",
];

/// Words for titles, newsier than the body's.
#[rustfmt::skip]
pub const TITLE_WORDS: &[&str] = &[
    "TAVR", "stent", "Impella", "thrombectomy", "aneurysm", "catheter", "trial", "approval",
    "FDA", "CE mark", "study", "device", "heart pump", "valve", "stroke", "registry", "data",
    "results", "launch", "recall", "funding", "AI", "imaging", "robot", "pacing", "ablation",
    "lithotripsy", "embolism", "shock", "support", "outcomes", "patients", "surgeons",
    "interventional radiology", "mitral repair", "leadless pacemaker", "coronary", "renal",
];

/// Verbs for titles.
#[rustfmt::skip]
pub const TITLE_VERBS: &[&str] = &[
    "shows", "improves", "reduces", "wins", "receives", "launches", "expands", "misses",
    "meets", "gets", "boosts", "lowers", "enters", "backs", "questions", "confirms",
];

/// The 50 topics behind the 200 tags (each in four forms).
#[rustfmt::skip]
pub const TAG_TOPICS: &[&str] = &[
    "Cardiology", "Structural heart", "Electrophysiology", "Heart failure", "Interventional radiology",
    "Neurovascular", "Stroke", "Peripheral vascular", "Aortic disease", "Oncology",
    "Imaging", "Artificial intelligence", "Digital health", "Robotics", "Regulation",
    "Reimbursement", "Funding", "Mergers", "Recalls", "Clinical trials",
    "TAVR", "Mitral valve", "Tricuspid valve", "Coronary stents", "Thrombectomy",
    "Aneurysm", "Mechanical circulatory support", "Impella", "Pacemakers", "Ablation",
    "Lithotripsy", "Embolism", "Renal denervation", "Diabetes", "Obesity",
    "Paediatrics", "Women's health", "Surgery", "Endoscopy", "Orthopaedics",
    "Dialysis", "Wearables", "Remote monitoring", "Ultrasound", "Radiation",
    "Catheters", "Sensors", "Europe", "United States", "Asia",
];

/// How the four forms of a topic are spelled.
#[rustfmt::skip]
pub const TAG_FORMS: &[&str] = &["", " news", " trials", " devices"];

/// News sites the articles say they report on.
#[rustfmt::skip]
pub const HOSTS: &[&str] = &[
    "www.cardionews.example", "medtechwire.example", "www.devicedaily.example",
    "clinicaltrials.example", "radiologyweek.example", "www.heartjournal.example",
    "strokeupdate.example", "vascularbrief.example",
];

/// French month names, as the publisher writes `publishedDate`.
#[rustfmt::skip]
pub const MONTHS_FR: [&str; 12] = [
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
];

/// Syllables of the invented words of the long tail.
const SYLLABLES: &[&str] = &[
    "ba", "ca", "da", "fe", "ga", "ki", "lo", "ma", "ne", "po", "ra", "si", "to", "vu", "xa", "zo",
    "bri", "cor", "dex", "fla", "gen", "hy", "lin", "mor", "nal", "pex", "qui", "ran", "sol",
    "tri", "ven", "zyl",
];

/// Appends `extra` distinct invented words (two to four syllables) to
/// `vocabulary`, always the same ones in the same order.
pub fn extend_with_invented(vocabulary: &mut Vec<String>, extra: usize) {
    let mut rng = crate::SplitMix64::new(0x5EED_0001);
    let mut seen: std::collections::HashSet<String> = vocabulary.iter().cloned().collect();
    let target = vocabulary.len() + extra;
    while vocabulary.len() < target {
        let n = rng.between(2, 4);
        let word: String = (0..n).map(|_| *rng.pick(SYLLABLES)).collect();
        if seen.insert(word.clone()) {
            vocabulary.push(word);
        }
    }
}
