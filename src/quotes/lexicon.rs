//! Closed word classes that attribution reads around names: titles,
//! name particles, role nouns, organization heads, pronouns. All of them are
//! general English news vocabulary, not names.

/// Titles and ranks written before a name; they are not part of it
/// (President Donald Trump → Donald Trump). Compared without a final period.
pub(crate) const TITLES: &[&str] = &[
    "President", "Vice", "Prime", "Minister", "Chancellor", "Secretary", "Gov", "Governor", "Sen",
    "Senator", "Rep", "Representative", "Mayor", "Judge", "Justice", "Pope", "Saint", "Mr", "Mrs",
    "Ms", "Miss", "Dr", "Prof", "Professor", "Gen", "General", "Lt", "Col", "Colonel", "Sgt",
    "Sergeant", "Capt", "Captain", "Maj", "Adm", "Admiral", "Rev", "Reverend", "Chief", "Sheriff",
    "King", "Queen", "Prince", "Princess", "Sheikh", "Ayatollah", "Speaker", "Leader",
    "Ambassador", "Director", "Chairman", "Chairwoman", "Chair", "Commissioner", "Attorney",
    "Deputy", "Spokesman", "Spokeswoman", "Spokesperson", "Senior", "Former", "Ret", "Retired",
    "Lord", "Lady", "Sir", "Dame", "Emperor", "Crown", "Cardinal", "Bishop", "Archbishop", "Rabbi",
    "Imam", "Councilman", "Councilwoman", "Assemblyman", "Assemblywoman", "Coach", "Officer",
    "Detective", "Inspector", "Superintendent", "Trooper", "Cpl", "Pvt", "Rear", "Lieutenant",
    "Corporal", "Private", "Marshal", "Commander", "Cmdr", "Supt", "Atty", "Hon", "Fr", "Msgr",
    "Sister", "Brother", "Father", "Mother", "Elder", "Dean", "Provost", "Chancellor", "Premier",
    "Gen", "Congressman", "Congresswoman", "Delegate", "Treasurer", "Comptroller", "Auditor",
    "Solicitor", "Magistrate", "Founder", "CEO", "Sens", "Reps",
];

/// Words that may follow a title before the name (Secretary of State Marco
/// Rubio, Speaker of the House Mike Johnson): departments and chambers.
pub(crate) const TITLE_OBJECTS: &[&str] = &[
    "of", "the", "State", "Defense", "Treasury", "Homeland", "Security", "Energy", "Education",
    "Labor", "Commerce", "Agriculture", "Interior", "Transportation", "Health", "Justice", "House",
    "Senate", "Veterans", "Affairs", "Housing", "Staff", "Foreign", "Finance", "War", "Navy",
    "Army", "Air", "Force", "Police", "Communications", "Development", "Human", "Services",
    "Urban", "General", "Joint", "Chiefs",
];

/// Abbreviations that take a period inside a name (Gov. Gavin Newsom,
/// Martin Luther King Jr.).
pub(crate) const DOTTED: &[&str] = &[
    "Gov", "Sen", "Rep", "Dr", "Mr", "Mrs", "Ms", "Gen", "Lt", "Col", "Sgt", "Capt", "Adm", "Rev",
    "St", "Jr", "Sr", "Prof", "Maj", "Cpl", "Pvt", "Ret", "Cmdr", "Supt", "Atty", "Hon", "Fr",
    "Msgr", "Sens", "Reps", "Mt", "Ft",
];

/// Lowercase particles inside names (de la Rosa, von der Leyen, bin Salman).
pub(crate) const PARTICLES: &[&str] = &[
    "de", "la", "le", "von", "van", "der", "den", "bin", "binti", "bint", "ibn", "al", "el", "du",
    "da", "di", "del", "della", "dos", "das", "do", "y", "ter", "ten", "of",
];

/// Capitalized words that start sentences or name days and months: never a
/// speaker's name on their own.
pub(crate) const NOT_NAMES: &[&str] = &[
    "The", "A", "An", "But", "And", "Or", "So", "Yet", "Then", "Later", "Earlier", "However",
    "Meanwhile", "Still", "Also", "In", "On", "At", "After", "Before", "Ahead", "Asked", "When",
    "While", "If", "As", "Speaking", "Instead", "Since", "Though", "Although", "Because", "This",
    "That", "These", "Those", "It", "Its", "His", "Her", "Their", "Our", "We", "I", "You", "They",
    "He", "She", "There", "Here", "Now", "Today", "Yesterday", "Tonight", "Last", "Next", "For",
    "From", "With", "Without", "By", "To", "Of", "Under", "Over", "During", "Until", "Despite",
    "According", "Asked", "Some", "Many", "Most", "Other", "Others", "Both", "All", "Each",
    "Every", "No", "Not", "Even", "Just", "Only", "What", "Who", "Why", "How", "Where", "Which",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
    "Oct", "Nov", "Dec", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Photo", "Click",
    "Read", "More", "Watch", "Updated", "Posted", "Advertisement", "Yes", "Oh", "Well", "OK",
    "Okay", "Thanks", "Please", "Let", "Let’s", "My", "Your", "Mine", "Don’t", "Do", "Did",
    "Does", "Is", "Are", "Was", "Were", "Will", "Would", "Can", "Could", "Should", "Must",
    "May", "Might", "Had", "Has", "Have", "Once", "Again", "Among", "Amid", "Through",
    "Throughout", "Like", "Unlike", "Near", "Across", "Against", "Into", "Onto", "Upon", "About",
    "Above", "Below", "Behind", "Beyond", "Inside", "Outside", "Toward", "Towards", "Via",
    "Whether", "Whatever", "Whoever", "Such", "Several", "Few", "Two", "Three", "One", "First",
    "Second", "Third", "Another", "More", "Less", "Much", "Any", "Either", "Neither",
];

/// Words of capitalized names that mark an organization or a place, not a
/// person (White House, Foreign Ministry, Oval Office).
pub(crate) const NON_PERSON_HEADS: &[&str] = &[
    "House", "Ministry", "Department", "Party", "Union", "Council", "Court", "Agency", "Press",
    "News", "Times", "Post", "Journal", "University", "College", "School", "Bank", "Company",
    "Corporation", "Corp", "Inc", "Co", "Ltd", "LLC", "Group", "Committee", "Commission",
    "Office", "Government", "Administration", "Kremlin", "Pentagon", "Congress", "Senate",
    "Parliament", "Army", "Navy", "Police", "Republic", "Kingdom", "States", "Nations", "City",
    "County", "Street", "Square", "Park", "River", "Island", "Islands", "Sea", "Ocean", "Airport",
    "Hospital", "Center", "Centre", "Institute", "Foundation", "Association", "Network",
    "Service", "Services", "Guard", "Force", "Forces", "Brigade", "Church", "Cathedral",
    "Palace", "Avenue", "Road", "Bridge", "Square", "Valley", "Mountain", "Mountains", "Lake",
    "Street", "Boulevard", "Capitol", "Hall", "Tower", "Television", "TV", "Radio", "Channel",
    "Club", "Team", "Federation", "League", "Organization", "Organisation", "Fund", "Board",
    "Authority", "Bureau", "Division", "Region", "Province", "State", "Embassy", "Consulate",
    "Museum", "Library", "Stadium", "Arena", "Campaign", "Coalition", "Alliance", "Movement",
    "Front", "Assembly", "Cabinet", "Reuters", "Sputnik", "Pool", "Space", "Market", "Exchange",
    "Airlines", "Airways", "Motors", "Technologies", "Systems", "Media", "Magazine", "Herald",
    "Tribune", "Gazette", "Review", "Daily", "Weekly", "Monitor", "Observer", "Guardian",
    "Telegraph", "Express", "Mail", "Standard", "Chronicle", "Examiner", "Insider", "Report",
    "Foreign", "Affairs", "Security", "Defense", "Defence", "Justice", "Treasury", "Energy",
];

/// Lowercase role nouns and modifiers between an organization and a name
/// (White House press secretary Karoline Leavitt).
pub(crate) const ROLE_WORDS: &[&str] = &[
    "press", "secretary", "spokesman", "spokeswoman", "spokesperson", "official", "officials",
    "adviser", "advisor", "aide", "chief", "minister", "director", "president", "chairman",
    "chairwoman", "chair", "leader", "senator", "governor", "mayor", "deputy", "senior", "former",
    "top", "foreign", "national", "security", "general", "attorney", "executive", "lawyer",
    "ambassador", "representative", "candidate", "nominee", "campaign", "manager", "strategist",
    "analyst", "professor", "economist", "presidential", "vice", "prime", "state", "house",
    "senate", "majority", "minority", "whip", "speaker", "chief", "of", "staff", "running",
    "mate", "communications", "policy", "political", "defense", "intelligence", "military",
    "commander", "head", "founder", "co-founder", "ceo", "partner", "member", "researcher",
    "scientist", "expert", "historian", "author", "writer", "columnist", "editor", "reporter",
    "correspondent", "host", "anchor", "pollster", "consultant", "operative", "activist",
    "organizer", "lawmaker", "congressman", "congresswoman", "judge", "prosecutor", "counsel",
    "interim", "acting", "assistant", "associate", "special", "envoy", "negotiator",
    "republican", "democratic", "party", "white", "legal", "public", "health", "energy",
];

/// Lowercase heads of organization phrases that speak (the ministry said,
/// Canada's government said).
pub(crate) const ORG_NOUNS: &[&str] = &[
    "ministry", "department", "agency", "government", "administration", "company", "office",
    "embassy", "court", "commission", "committee", "council", "campaign", "military", "army",
    "party", "firm", "union", "organization", "organisation", "kremlin", "cabinet", "parliament",
    "presidency", "secretariat", "consulate", "foundation", "institute", "university", "bank",
];

/// Adverbs and auxiliaries that may sit between a subject and its verb of
/// speech (Trump also said, Vance later told, she had written).
pub(crate) const BETWEEN_SUBJECT_AND_VERB: &[&str] = &[
    "also", "later", "then", "again", "has", "had", "have", "would", "will", "previously",
    "recently", "repeatedly", "once", "quickly", "further", "first", "often", "frequently",
    "never", "reportedly", "publicly", "privately", "simply", "flatly", "bluntly", "angrily",
    "calmly", "quietly", "softly", "loudly", "firmly", "curtly", "tersely", "briefly", "finally",
    "eventually", "separately", "subsequently", "earlier", "initially", "originally", "already",
    "even", "just", "only", "still", "since", "has", "did", "does", "do", "is", "was", "were",
    "are", "been", "be", "could", "might", "may", "should", "can", "must", "not", "however",
    "explicitly", "openly", "famously", "memorably", "jokingly", "sarcastically", "emphatically",
    "confidently", "proudly", "optimistically", "ominously", "cryptically", "directly",
];

/// Personal pronouns that can attribute a quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pronoun {
    /// he: a man.
    He,
    /// she: a woman.
    She,
    /// they: an organization (plural people stay unresolved).
    Plural,
}

/// The pronoun `word` is, if any.
pub(crate) fn pronoun(word: &str) -> Option<Pronoun> {
    match word {
        "he" | "He" => Some(Pronoun::He),
        "she" | "She" => Some(Pronoun::She),
        "they" | "They" => Some(Pronoun::Plural),
        _ => None,
    }
}

/// The gender a pronoun or possessive marks, for telling which person an
/// article refers to as he and which as she.
pub(crate) fn gender_of(word: &str) -> Option<Pronoun> {
    match word {
        "he" | "He" | "him" | "his" | "His" | "himself" | "Mr" => Some(Pronoun::He),
        "she" | "She" | "her" | "Her" | "hers" | "herself" | "Mrs" | "Ms" | "Miss" => {
            Some(Pronoun::She)
        }
        _ => None,
    }
}

/// `word` without a final period.
pub(crate) fn undotted(word: &str) -> &str {
    word.strip_suffix('.').unwrap_or(word)
}

/// Whether `word` is in `list`.
pub(crate) fn is_in(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}
