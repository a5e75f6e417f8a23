//! Topics in the reader's language: the index keeps each topic's French
//! label when the publisher's taxonomy gives one (`label_fr`); the Topics
//! facet, its chips and the topic pills show it in French, the label
//! otherwise.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;
use veille_core::{Engine, FacetValue};

use crate::catalog::Catalog;
use crate::i18n::Lang;

/// Each topic's French label, by id (only the topics that have one).
pub type FrenchLabels = Arc<HashMap<String, String>>;

/// The French labels of the topics of `engine`.
pub fn french_labels(engine: &Engine) -> FrenchLabels {
    Arc::new(
        engine
            .topics()
            .into_iter()
            .filter_map(|t| Some((t.id, t.label_fr?)))
            .collect(),
    )
}

/// The French labels of the loaded index (none while it loads, or where no
/// index is provided), tracked.
pub fn use_french_labels() -> Memo<FrenchLabels> {
    let state = use_context::<Catalog>().map(Catalog::state);
    Memo::new(move |_| {
        let Some(state) = state else {
            return FrenchLabels::default();
        };
        state.with(|s| match s {
            Some(Ok(engine)) => french_labels(engine),
            _ => FrenchLabels::default(),
        })
    })
}

/// What to show for the topic `id` labelled `label`, in `lang`.
pub fn topic_label<'a>(id: &str, label: &'a str, lang: Lang, fr: &'a FrenchLabels) -> &'a str {
    match lang {
        Lang::Fr => fr.get(id).map_or(label, String::as_str),
        Lang::En => label,
    }
}

/// The Topics facet's values with their labels in `lang`.
pub fn localized(mut values: Vec<FacetValue>, lang: Lang, fr: &FrenchLabels) -> Vec<FacetValue> {
    if lang == Lang::Fr {
        for v in &mut values {
            if let Some(label) = fr.get(&*v.value) {
                v.label = Some(Arc::from(label.as_str()));
            }
        }
    }
    values
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fr() -> FrenchLabels {
        Arc::new(HashMap::from([(
            "tavi".to_owned(),
            "implantation valvulaire aortique percutanée (TAVI)".to_owned(),
        )]))
    }

    #[test]
    fn a_french_reader_sees_the_french_label_where_there_is_one_and_the_label_elsewhere() {
        let fr = fr();
        let tavi = "transcatheter aortic valve implantation (TAVI)";
        assert_eq!(
            topic_label("tavi", tavi, Lang::Fr, &fr),
            "implantation valvulaire aortique percutanée (TAVI)"
        );
        assert_eq!(topic_label("tavi", tavi, Lang::En, &fr), tavi);
        assert_eq!(
            topic_label("pe", "pulmonary embolism (PE)", Lang::Fr, &fr),
            "pulmonary embolism (PE)"
        );
    }

    #[test]
    fn the_topics_facet_shows_the_french_labels_to_a_french_reader() {
        let value = |id: &str, label: &str| FacetValue {
            value: Arc::from(id),
            count: 3,
            selected: false,
            label: Some(Arc::from(label)),
        };
        let values = vec![
            value("tavi", "transcatheter aortic valve implantation (TAVI)"),
            value("pe", "pulmonary embolism (PE)"),
        ];
        let shown: Vec<String> = localized(values.clone(), Lang::Fr, &fr())
            .iter()
            .map(|v| v.shown().to_owned())
            .collect();
        assert_eq!(
            shown,
            [
                "implantation valvulaire aortique percutanée (TAVI)",
                "pulmonary embolism (PE)"
            ]
        );
        assert_eq!(localized(values.clone(), Lang::En, &fr()), values);
    }
}
