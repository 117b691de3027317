//! A mention found by the recognizer, before grouping.

use crate::analysis::EntityKind;
use crate::span::Span;

/// What the context says an unclassified name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    /// Nothing.
    None,
    /// A verb of saying follows, or a role noun precedes: a person.
    Person,
    /// `in X`, `near X`, `X neighborhood`: a place.
    Place,
    /// An acronym, `X network`: an organization.
    Organization,
}

/// One mention of a name.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Byte span in the text.
    pub span: Span,
    /// Its kind, `None` while the text alone does not say.
    pub kind: Option<EntityKind>,
    /// Whether the kind comes from strong evidence (a title, a gazetteer, a
    /// name head word) rather than a guess; strong mentions outvote weak
    /// ones of the same name.
    pub strong: bool,
    /// What the context suggests when `kind` is `None`.
    pub hint: Hint,
    /// The name the mention stands for when it is an alias or abbreviation
    /// (`U.S.` → `United States`, `AP` → `Associated Press`).
    pub canonical: Option<&'static str>,
    /// A nationality word left outside an organization's span that tells
    /// which one it is (`Turkish` Foreign Ministry vs `Chinese` Foreign
    /// Ministry): part of its name, not of the mention.
    pub qualifier: Option<Span>,
}

impl Mention {
    /// A mention of known kind.
    pub fn new(span: Span, kind: EntityKind, strong: bool) -> Mention {
        Mention {
            span,
            kind: Some(kind),
            strong,
            hint: Hint::None,
            canonical: None,
            qualifier: None,
        }
    }
}
