use super::*;

fn stats(df: u32, count: u32, capitalised: u32) -> Stats {
    Stats {
        df,
        count,
        capitalised,
        words: 1,
        ..Stats::default()
    }
}

fn cx() -> Context {
    Context {
        min_df: 2,
        ..Context::default()
    }
}

#[test]
fn a_domain_noun_and_a_company_are_admitted() {
    assert_eq!(admit("thrombectomy", &stats(5, 8, 0), &cx()), Ok(()));
    assert_eq!(admit("penumbra", &stats(5, 8, 8), &cx()), Ok(()));
    assert_eq!(admit("drug coated balloon", &stats(5, 8, 0), &cx()), Ok(()));
}

#[test]
fn generic_news_and_research_words_are_rejected() {
    assert_eq!(
        admit("study", &stats(50, 80, 2), &cx()),
        Err(Reject::Generic)
    );
    assert_eq!(
        admit("new data", &stats(50, 80, 2), &cx()),
        Err(Reject::Generic)
    );
    assert_eq!(
        admit("best cli trial", &stats(5, 8, 8), &cx()),
        Err(Reject::Generic)
    );
    assert_eq!(
        admit("therapy", &stats(5, 8, 0), &cx()),
        Err(Reject::Generic)
    );
}

#[test]
fn a_name_before_an_affiliation_is_a_person() {
    let s = Stats {
        before_affiliation: 3,
        ..stats(3, 4, 4)
    };
    assert_eq!(admit("kenneth rosenfield", &s, &cx()), Err(Reject::Person));
    let mut c = cx();
    c.person_words.insert("rosenfield".into(), 3);
    c.word_counts.insert("rosenfield".into(), 5);
    assert_eq!(
        admit("rosenfield", &stats(3, 5, 5), &c),
        Err(Reject::Person)
    );
}

#[test]
fn a_capitalised_word_after_in_or_from_is_a_place() {
    let s = Stats {
        after_in_from: 4,
        ..stats(4, 6, 6)
    };
    assert_eq!(admit("barcelona", &s, &cx()), Err(Reject::Place));
    let mut c = cx();
    c.place_words.insert("boston".into(), 4);
    c.word_counts.insert("boston".into(), 6);
    assert_eq!(admit("boston", &stats(4, 6, 6), &c), Err(Reject::Place));
}

#[test]
fn a_feed_name_and_a_stop_term_are_rejected() {
    let mut c = cx();
    c.feed_keys.insert("vascular news".into());
    c.stop_keys.insert("covid".into());
    let s = Stats {
        words: 2,
        ..stats(9, 9, 9)
    };
    assert_eq!(admit("vascular news", &s, &c), Err(Reject::Feed));
    assert_eq!(admit("covid", &stats(9, 9, 9), &c), Err(Reject::Stopped));
}

#[test]
fn common_words_modifiers_and_fragments_are_rejected() {
    assert_eq!(admit("house", &stats(9, 9, 0), &cx()), Err(Reject::Common));
    assert_eq!(
        admit("endovascular", &stats(9, 9, 0), &cx()),
        Err(Reject::Modifier)
    );
    let s = Stats {
        sentence_initial: 9,
        ..stats(9, 10, 9)
    };
    assert_eq!(admit("overall", &s, &cx()), Err(Reject::Generic));
    let s = Stats {
        best_extension: 9,
        ..stats(9, 10, 10)
    };
    assert_eq!(admit("charing", &s, &cx()), Err(Reject::Fragment));
    let s = Stats {
        words: 2,
        ..stats(9, 9, 0)
    };
    assert_eq!(
        admit("peripheral arterial", &s, &cx()),
        Err(Reject::Modifier)
    );
}

#[test]
fn a_known_place_or_name_is_rejected_unless_the_corpus_names_it_as_a_maker() {
    assert_eq!(admit("leipzig", &stats(9, 9, 9), &cx()), Err(Reject::Place));
    let maker = Stats {
        in_maker: 2,
        ..stats(9, 9, 9)
    };
    assert_eq!(admit("gore", &maker, &cx()), Ok(()));
}

#[test]
fn a_maker_followed_by_its_city_is_no_person() {
    let s = Stats {
        before_affiliation: 3,
        in_maker: 1,
        ..stats(5, 6, 6)
    };
    assert_eq!(admit("medtronic", &s, &cx()), Ok(()));
}

#[test]
fn a_company_name_of_common_words_is_admitted_and_an_ic_name_is_no_adjective() {
    let s = Stats {
        sentence_initial: 5,
        words: 2,
        ..stats(5, 9, 9)
    };
    assert_eq!(admit("cook medical", &s, &cx()), Ok(()));
    let s = Stats {
        sentence_initial: 4,
        in_maker: 1,
        ..stats(5, 9, 9)
    };
    assert_eq!(admit("medtronic", &s, &cx()), Ok(()));
    let s = Stats {
        sentence_initial: 4,
        ..stats(5, 9, 9)
    };
    assert_eq!(admit("metastatic", &s, &cx()), Err(Reject::Modifier));
}

#[test]
fn a_name_capitalised_everywhere_before_affiliations_is_a_person_even_at_line_starts() {
    // `In profile: Rachel Bell (Newcastle, UK)`: mostly at line starts.
    let s = Stats {
        df: 8,
        count: 10,
        capitalised: 10,
        sentence_initial: 6,
        before_affiliation: 5,
        words: 2,
        ..Stats::default()
    };
    assert_eq!(
        admit("rachel bell", &s, &Context::default()),
        Err(Reject::Person)
    );
}

#[test]
fn an_institution_is_no_topic_even_outside_affiliations() {
    let s = Stats {
        df: 3,
        count: 3,
        capitalised: 3,
        words: 2,
        ..Stats::default()
    };
    assert_eq!(
        admit("assiut university", &s, &Context::default()),
        Err(Reject::Institution)
    );
    assert_eq!(
        admit("comprehensive cancer center", &s, &Context::default()),
        Err(Reject::Institution)
    );
}
