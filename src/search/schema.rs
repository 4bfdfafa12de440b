use tantivy::Index;
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer,
};

/// Locales whose text gets its own field and stemmer; everything else goes to `text_generic`.
pub const STEMMED: [(&str, Language); 4] = [
    ("en", Language::English),
    ("es", Language::Spanish),
    ("pt", Language::Portuguese),
    ("fr", Language::French),
];

#[derive(Clone, Copy)]
pub struct Fields {
    pub service_id: Field,
    pub org_id: Field,
    pub text: [Field; 4],
    pub text_generic: Field,
    pub needs: Field,
    pub audiences: Field,
    pub cost: Field,
    pub channels: Field,
    /// Staff languages (ISO 639-3).
    pub langs: Field,
    /// `yes` when some channel has an interpretation note.
    pub interpretation: Field,
    /// Where the service serves, in the vocabulary of `search::area`.
    pub areas: Field,
    pub lat: Field,
    pub lon: Field,
    /// Radius of a radius-bound service, 0 otherwise.
    pub radius_km: Field,
    /// 1 for a walk-in place with an exact (non-confidential) point.
    pub walk_in: Field,
    /// 1 for immigration-enforcement lines: listed, but always after every helping service.
    pub enforcement: Field,
    /// "yes" on services a moderator has on hold: they never match a search.
    pub held: Field,
    pub card: Field,
}

impl Fields {
    /// The few-valued fields a search filters or boosts on, held as document sets.
    pub fn filtering(&self) -> [Field; 7] {
        [
            self.needs,
            self.audiences,
            self.cost,
            self.channels,
            self.langs,
            self.interpretation,
            self.held,
        ]
    }
}

fn analyzed(tokenizer: &str) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    )
}

pub fn build_schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = STEMMED.map(|(locale, _)| {
        b.add_text_field(&format!("text_{locale}"), analyzed(&tokenizer_name(locale)))
    });
    let fields = Fields {
        service_id: b.add_text_field("service_id", STRING),
        org_id: b.add_text_field("org_id", STRING),
        text,
        text_generic: b.add_text_field("text_generic", analyzed("faro_generic")),
        needs: b.add_text_field("needs", STRING),
        audiences: b.add_text_field("audiences", STRING),
        cost: b.add_text_field("cost", STRING),
        channels: b.add_text_field("channels", STRING),
        langs: b.add_text_field("langs", STRING),
        interpretation: b.add_text_field("interpretation", STRING),
        areas: b.add_text_field("areas", STRING),
        lat: b.add_f64_field("lat", INDEXED | FAST),
        lon: b.add_f64_field("lon", INDEXED | FAST),
        radius_km: b.add_f64_field("radius_km", FAST),
        walk_in: b.add_u64_field("walk_in", FAST),
        enforcement: b.add_u64_field("enforcement", FAST),
        held: b.add_text_field("held", STRING),
        card: b.add_text_field("card", STORED),
    };
    (b.build(), fields)
}

pub fn tokenizer_name(locale: &str) -> String {
    format!("faro_{locale}")
}

/// Tokenizers are not stored in the index: every open must register them.
pub fn register_tokenizers(index: &Index) {
    let manager = index.tokenizers();
    for (locale, language) in STEMMED {
        let analyzer = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser)
            // Folding before stemming: "asesoría" and "asesoria" reach the same stem.
            .filter(AsciiFoldingFilter)
            .filter(Stemmer::new(language))
            .build();
        manager.register(&tokenizer_name(locale), analyzer);
    }
    let generic = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build();
    manager.register("faro_generic", generic);
}
