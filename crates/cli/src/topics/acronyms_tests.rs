use super::*;

fn pairs(text: &str) -> Vec<(String, String)> {
    definitions(text)
        .into_iter()
        .map(|d| (d.short, d.long))
        .collect()
}

#[test]
fn a_long_form_before_its_acronym_is_found() {
    assert_eq!(
        pairs("The SurVeil drug-coated balloon (DCB; Surmodics) showed efficacy."),
        vec![("DCB".into(), "drug-coated balloon".into())]
    );
    assert_eq!(
        pairs("results presented at Vascular Interventional Advances (VIVA) 2022"),
        vec![("VIVA".into(), "Vascular Interventional Advances".into())]
    );
    assert_eq!(
        pairs("patients with chronic limb-threatening ischaemia (CLTI) were enrolled"),
        vec![("CLTI".into(), "chronic limb-threatening ischaemia".into())]
    );
    assert_eq!(
        pairs("after transcatheter aortic valve implantation (TAVI), they"),
        vec![(
            "TAVI".into(),
            "transcatheter aortic valve implantation".into()
        )]
    );
}

#[test]
fn a_plural_acronym_defines_its_singular() {
    assert_eq!(
        pairs("treated with drug-eluting stents (DESs) in"),
        vec![("DES".into(), "drug-eluting stents".into())]
    );
}

#[test]
fn a_name_and_affiliation_defines_nothing() {
    assert!(
        pairs("said Kenneth Rosenfield (Massachusetts General Hospital, Boston, USA).").is_empty()
    );
    assert!(pairs("Jane Doe (Hôpital Européen Georges Pompidou, Paris, France) said").is_empty());
    assert!(pairs("meeting (31 October–3 November, Las Vegas, USA)").is_empty());
    assert!(pairs("the device (Medtronic) was").is_empty());
}

#[test]
fn letters_that_do_not_appear_in_order_define_nothing() {
    assert!(pairs("we used a new balloon (XYZ) today").is_empty());
}

fn def(short: &str, long: &str) -> Definition {
    Definition {
        short: short.into(),
        long: long.into(),
    }
}

#[test]
fn an_acronym_is_kept_when_two_articles_define_it_the_same_way() {
    let corpus = vec![
        vec![def("DCB", "drug-coated balloon")],
        vec![def("DCB", "drug coated balloons")],
        vec![def("PE", "pulmonary embolism")],
    ];
    let found = consistent(&corpus, 2);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].short, "DCB");
    assert_eq!(found[0].long_keys, vec!["drug coated balloon".to_string()]);
    assert_eq!(found[0].articles, 2);
}

#[test]
fn an_acronym_without_a_majority_long_form_is_dropped() {
    let corpus = vec![
        vec![def("PAD", "peripheral arterial disease")],
        vec![def("PAD", "peripheral artery disease")],
        vec![def("PAD", "peripheral arterial disease")],
        vec![def("PAD", "patient access device")],
        vec![def("PAD", "patient access device")],
    ];
    assert!(consistent(&corpus, 2).is_empty());
}

#[test]
fn a_second_long_form_joins_only_when_it_is_a_variant_of_the_first() {
    let corpus = vec![
        vec![def("AVF", "arteriovenous fistula")],
        vec![def("AVF", "arteriovenous fistulas")],
        vec![def("AVF", "arteriovenous fistula")],
        vec![def("AVF", "American Venous Forum")],
        vec![def("AVF", "American Venous Forum")],
        vec![def("CLTI", "chronic limb-threatening ischaemia")],
        vec![def("CLTI", "chronic limb-threatening ischemia")],
        vec![def("CLTI", "chronic limb-threatening ischemia")],
        vec![def("CLTI", "critical limb-threatening ischaemia")],
        vec![def("CLTI", "critical limb-threatening ischaemia")],
    ];
    let found = consistent(&corpus, 2);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(
        found[0].long_keys,
        vec!["arteriovenous fistula".to_string()]
    );
    assert_eq!(found[1].long_keys.len(), 2);
}
