//! Cues of speech: the verbs and phrases that attribute a quotation
//! (`said`, `told`, `according to`, `wrote in a post`).

use super::lexicon::{words, FnvBuild, WordSet};
use crate::document::{Document, TokenKind};
use std::collections::HashMap;
use std::sync::OnceLock;

/// The grammatical form of a cue verb, which decides where its subject is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// `said`, `says`, `told`: subject before, or after when inverted
    /// (`said Jane Doe`).
    Finite,
    /// `saying`, `adding`: the subject is that of the clause it hangs on.
    Participle,
    /// `according to X`: the source follows.
    According,
}

/// Verbs of speech, every inflected form on one row: base, third person,
/// past, present participle. Past participles equal to the past are not
/// repeated. A journalist's list: verbs that introduce or tag a quotation.
const VERBS: &[[&str; 4]] = &[
    ["say", "says", "said", "saying"],
    ["tell", "tells", "told", "telling"],
    ["add", "adds", "added", "adding"],
    ["ask", "asks", "asked", "asking"],
    ["warn", "warns", "warned", "warning"],
    ["write", "writes", "wrote", "writing"],
    ["post", "posts", "posted", "posting"],
    ["insist", "insists", "insisted", "insisting"],
    ["note", "notes", "noted", "noting"],
    ["explain", "explains", "explained", "explaining"],
    ["declare", "declares", "declared", "declaring"],
    ["tweet", "tweets", "tweeted", "tweeting"],
    ["reply", "replies", "replied", "replying"],
    ["respond", "responds", "responded", "responding"],
    ["answer", "answers", "answered", "answering"],
    ["continue", "continues", "continued", "continuing"],
    [
        "acknowledge",
        "acknowledges",
        "acknowledged",
        "acknowledging",
    ],
    ["admit", "admits", "admitted", "admitting"],
    ["announce", "announces", "announced", "announcing"],
    ["argue", "argues", "argued", "arguing"],
    ["assert", "asserts", "asserted", "asserting"],
    ["claim", "claims", "claimed", "claiming"],
    ["allege", "alleges", "alleged", "alleging"],
    ["complain", "complains", "complained", "complaining"],
    ["concede", "concedes", "conceded", "conceding"],
    ["confirm", "confirms", "confirmed", "confirming"],
    ["contend", "contends", "contended", "contending"],
    ["caution", "cautions", "cautioned", "cautioning"],
    ["emphasize", "emphasizes", "emphasized", "emphasizing"],
    ["emphasise", "emphasises", "emphasised", "emphasising"],
    ["stress", "stresses", "stressed", "stressing"],
    ["suggest", "suggests", "suggested", "suggesting"],
    ["recall", "recalls", "recalled", "recalling"],
    ["remark", "remarks", "remarked", "remarking"],
    ["reiterate", "reiterates", "reiterated", "reiterating"],
    ["repeat", "repeats", "repeated", "repeating"],
    ["observe", "observes", "observed", "observing"],
    ["predict", "predicts", "predicted", "predicting"],
    ["promise", "promises", "promised", "promising"],
    ["vow", "vows", "vowed", "vowing"],
    ["pledge", "pledges", "pledged", "pledging"],
    ["urge", "urges", "urged", "urging"],
    ["call", "calls", "called", "calling"],
    ["describe", "describes", "described", "describing"],
    ["joke", "jokes", "joked", "joking"],
    ["quip", "quips", "quipped", "quipping"],
    ["muse", "muses", "mused", "musing"],
    ["boast", "boasts", "boasted", "boasting"],
    ["brag", "brags", "bragged", "bragging"],
    ["shout", "shouts", "shouted", "shouting"],
    ["yell", "yells", "yelled", "yelling"],
    ["cry", "cries", "cried", "crying"],
    ["scream", "screams", "screamed", "screaming"],
    ["whisper", "whispers", "whispered", "whispering"],
    ["testify", "testifies", "testified", "testifying"],
    ["text", "texts", "texted", "texting"],
    ["comment", "comments", "commented", "commenting"],
    ["conclude", "concludes", "concluded", "concluding"],
    ["counter", "counters", "countered", "countering"],
    ["retort", "retorts", "retorted", "retorting"],
    ["demand", "demands", "demanded", "demanding"],
    ["deny", "denies", "denied", "denying"],
    ["agree", "agrees", "agreed", "agreeing"],
    ["object", "objects", "objected", "objecting"],
    ["condemn", "condemns", "condemned", "condemning"],
    ["criticize", "criticizes", "criticized", "criticizing"],
    ["criticise", "criticises", "criticised", "criticising"],
    ["praise", "praises", "praised", "praising"],
    ["decry", "decries", "decried", "decrying"],
    ["lament", "laments", "lamented", "lamenting"],
    ["blast", "blasts", "blasted", "blasting"],
    ["slam", "slams", "slammed", "slamming"],
    ["hail", "hails", "hailed", "hailing"],
    ["accuse", "accuses", "accused", "accusing"],
    ["label", "labels", "labeled", "labeling"],
    ["dub", "dubs", "dubbed", "dubbing"],
    ["recount", "recounts", "recounted", "recounting"],
    ["mention", "mentions", "mentioned", "mentioning"],
    ["maintain", "maintains", "maintained", "maintaining"],
    ["proclaim", "proclaims", "proclaimed", "proclaiming"],
    ["exclaim", "exclaims", "exclaimed", "exclaiming"],
    ["plead", "pleads", "pleaded", "pleading"],
    ["assure", "assures", "assured", "assuring"],
    ["reassure", "reassures", "reassured", "reassuring"],
    ["advise", "advises", "advised", "advising"],
    ["threaten", "threatens", "threatened", "threatening"],
    ["concur", "concurs", "concurred", "concurring"],
    ["elaborate", "elaborates", "elaborated", "elaborating"],
    ["mutter", "mutters", "muttered", "muttering"],
    ["murmur", "murmurs", "murmured", "murmuring"],
    ["interject", "interjects", "interjected", "interjecting"],
    ["chime", "chimes", "chimed", "chiming"],
    ["speak", "speaks", "spoke", "speaking"],
    ["charge", "charges", "charged", "charging"],
    ["wonder", "wonders", "wondered", "wondering"],
    ["report", "reports", "reported", "reporting"],
    ["cite", "cites", "cited", "citing"],
    ["quote", "quotes", "quoted", "quoting"],
    ["opine", "opines", "opined", "opining"],
    ["vent", "vents", "vented", "venting"],
    ["gush", "gushes", "gushed", "gushing"],
    ["fume", "fumes", "fumed", "fuming"],
    ["sigh", "sighs", "sighed", "sighing"],
    ["laugh", "laughs", "laughed", "laughing"],
    ["snap", "snaps", "snapped", "snapping"],
    ["thunder", "thunders", "thundered", "thundering"],
    ["estimate", "estimates", "estimated", "estimating"],
    ["summarize", "summarizes", "summarized", "summarizing"],
    ["rail", "rails", "railed", "railing"],
    ["brand", "brands", "branded", "branding"],
    [
        "characterize",
        "characterizes",
        "characterized",
        "characterizing",
    ],
    [
        "characterise",
        "characterises",
        "characterised",
        "characterising",
    ],
    ["recite", "recites", "recited", "reciting"],
    ["laud", "lauds", "lauded", "lauding"],
    ["tout", "touts", "touted", "touting"],
];

/// Single forms outside [`VERBS`]' rows: irregular past participles that
/// differ from the past form, and the verb forms of words whose other forms
/// are nouns far more often than verbs near a quotation (`state media`, `the
/// states`).
const SINGLE_FORMS: &[(&str, Form)] = &[
    ("written", Form::Finite),
    ("spoken", Form::Finite),
    ("stated", Form::Finite),
    ("stating", Form::Participle),
];

fn table() -> &'static HashMap<&'static str, Form, FnvBuild> {
    static TABLE: OnceLock<HashMap<&'static str, Form, FnvBuild>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = HashMap::default();
        for forms in VERBS {
            map.insert(forms[0], Form::Finite);
            map.insert(forms[1], Form::Finite);
            map.insert(forms[2], Form::Finite);
            map.insert(forms[3], Form::Participle);
        }
        for &(form, kind) in SINGLE_FORMS {
            map.insert(form, kind);
        }
        map
    })
}

/// Whether `word` is a form of a verb of speech, wherever it stands (what
/// [`cue_at`] looks up before it reads the words around).
pub(crate) fn is_speech_verb(word: &str) -> bool {
    table().contains_key(word)
}

/// Words after which a cue word is a noun or an infinitive.
static NOT_BEFORE_VERB: WordSet = WordSet::new(words![
    "of",
    "the",
    "The",
    "a",
    "A",
    "an",
    "An",
    "his",
    "His",
    "her",
    "Her",
    "its",
    "Its",
    "their",
    "Their",
    "our",
    "Our",
    "my",
    "My",
    "your",
    "Your",
    "this",
    "This",
    "these",
    "those",
    "first",
    "last",
    "phone",
    "media",
    "social",
    "news",
    "blog",
    "Facebook",
    "Instagram",
    "to",
    "no",
    "any",
    "every",
    "each",
    "another",
    "one",
    "such",
    "whose",
    "same",
    "recent",
    "latest",
]);

/// A cue found at a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cue {
    /// First token of the cue.
    pub first: usize,
    /// One past its last token.
    pub end: usize,
    /// Its form.
    pub form: Form,
}

/// The cue starting at token `i`, if any.
pub(crate) fn cue_at(doc: &Document<'_>, i: usize) -> Option<Cue> {
    let token = doc.tokens.get(i)?;
    if token.kind != TokenKind::Word {
        return None;
    }
    let word = token.text(doc.text);
    if matches!(word, "according" | "According") {
        let to = doc.tokens.get(i + 1)?;
        return (to.text(doc.text) == "to").then_some(Cue {
            first: i,
            end: i + 2,
            form: Form::According,
        });
    }
    // Capitalized forms are names or headings far more often than verbs
    // (`State Department`, `Post`), except an inverted tag opening its
    // sentence (`Said Ellis: “…”`).
    if matches!(word, "Said" | "Says" | "Added" | "Asked" | "Wrote") {
        let opens = doc
            .sentence_at(token.span.start)
            .is_some_and(|s| doc.sentences[s].tokens.start == i);
        if opens {
            return Some(Cue {
                first: i,
                end: i + 1,
                form: Form::Finite,
            });
        }
    }
    if word.len() > 14 {
        return None;
    }
    if word.as_bytes()[0].is_ascii_uppercase() {
        return headline_cue(doc, i, word);
    }
    if !word.as_bytes()[0].is_ascii_lowercase() {
        return None;
    }
    let key = word;
    // `as she put it`
    if matches!(key, "put" | "puts")
        && doc
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.text(doc.text) == "it")
    {
        return Some(Cue {
            first: i,
            end: i + 2,
            form: Form::Finite,
        });
    }
    let form = *table().get(key)?;
    // `speaking on condition of anonymity`: why the speaker is unnamed,
    // not the verb that brings the quote.
    if matches!(key, "speak" | "speaks" | "spoke" | "speaking") {
        let next = |k: usize| doc.tokens.get(i + k).map(|t| t.text(doc.text));
        if next(1) == Some("on") && matches!(next(2), Some("condition" | "the")) {
            return None;
        }
    }
    // `the call`, `a social media post`, `to continue`: a noun or an
    // infinitive, not a verb of attribution.
    if i > 0 {
        let prev = &doc.tokens[i - 1];
        // A possessive makes a noun (`Trump’s claim`); `He’s claiming` is a verb.
        if prev.kind == TokenKind::Possessive && !is_contracted_verb(doc, i - 1)
            || NOT_BEFORE_VERB.contains(prev.text(doc.text))
        {
            return None;
        }
    }
    Some(Cue {
        first: i,
        end: i + 1,
        form,
    })
}

/// Verbs of speech in a headline's Title Case: the forms that are seldom
/// nouns (`Comments`, `Claims` and `Remarks` are).
static HEADLINE_VERBS: WordSet = WordSet::new(words![
    "Says", "Said", "Tells", "Told", "Warns", "Warned", "Calls", "Called", "Speaks", "Spoke",
    "Slams", "Blasts", "Urges", "Vows", "Asks", "Asked", "Insists", "Admits", "Declares",
    "Accuses", "Praises", "Rips", "Writes", "Wrote",
]);

/// Words of a paragraph short enough to be a headline.
const MAX_HEADLINE_WORDS: usize = 30;
/// Tokens (words and marks) of a paragraph short enough to be a headline.
const MAX_HEADLINE_TOKENS: usize = 4 * MAX_HEADLINE_WORDS;

/// A verb of speech in Title Case after a name in a headline (`Chris
/// Christie Calls Hillary Clinton ‘A Disgrace’`, `…, Lindsey Graham Says`):
/// a cue in its present or past form, where a capitalized word elsewhere is
/// a name or a heading far more often.
fn headline_cue(doc: &Document<'_>, i: usize, word: &str) -> Option<Cue> {
    if !HEADLINE_VERBS.contains(word) {
        return None;
    }
    let prev = doc.tokens.get(i.checked_sub(1)?)?;
    let after_name =
        prev.kind == TokenKind::Word && prev.text(doc.text).starts_with(|c: char| c.is_uppercase());
    (after_name && in_headline(doc, i)).then_some(Cue {
        first: i,
        end: i + 1,
        form: Form::Finite,
    })
}

/// Whether token `i` is in a headline: a short paragraph whose every word of
/// four letters or more is capitalized (Title Case).
pub(crate) fn in_headline(doc: &Document<'_>, i: usize) -> bool {
    let Some(p) = doc
        .tokens
        .get(i)
        .and_then(|t| doc.paragraph_at(t.span.start))
    else {
        return false;
    };
    let span = doc.paragraphs[p];
    let tokens = doc.token_at_or_after(span.start)..doc.token_at_or_after(span.end);
    // Bounded, so that asking about every quotation of a long paragraph
    // stays linear.
    if tokens.len() > MAX_HEADLINE_TOKENS {
        return false;
    }
    let mut words = 0;
    for t in &doc.tokens[tokens] {
        if t.kind != TokenKind::Word {
            continue;
        }
        words += 1;
        let w = t.text(doc.text);
        if words > MAX_HEADLINE_WORDS
            || (w.chars().count() >= 4 && !w.starts_with(|c: char| c.is_uppercase()))
        {
            return false;
        }
    }
    true
}

/// Whether token `i` is the ’s of he’s, she’s, it’s, that’s or who’s: `is`
/// or `has`, not a possessive.
pub(crate) fn is_contracted_verb(doc: &Document<'_>, i: usize) -> bool {
    i > 0
        && doc.tokens[i].kind == TokenKind::Possessive
        && matches!(
            doc.tokens[i - 1].text(doc.text),
            "he" | "He" | "she" | "She" | "it" | "It" | "that" | "That" | "who" | "Who"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cue(text: &str) -> Option<(String, Form)> {
        let doc = Document::new(text);
        (0..doc.tokens.len()).find_map(|i| {
            cue_at(&doc, i).map(|c| {
                let span = crate::span::Span::new(
                    doc.tokens[c.first].span.start,
                    doc.tokens[c.end - 1].span.end,
                );
                (span.text(text).to_owned(), c.form)
            })
        })
    }

    #[test]
    fn inflections_and_phrases() {
        assert_eq!(cue("Trump says"), Some(("says".into(), Form::Finite)));
        assert_eq!(
            cue("he was adding"),
            Some(("adding".into(), Form::Participle))
        );
        assert_eq!(
            cue("according to him"),
            Some(("according to".into(), Form::According))
        );
        assert_eq!(
            cue("she had written"),
            Some(("written".into(), Form::Finite))
        );
        assert_eq!(cue("the blue house"), None);
        assert_eq!(cue("Trump’s claim"), None);
        assert_eq!(
            cue("He’s claiming"),
            Some(("claiming".into(), Form::Participle))
        );
    }
}
