//! Hand-written word classes the recognizer reasons with: titles, the head
//! words of organization and place names, nationality words, function words,
//! months and days, cue verbs. These are the rules a copy editor knows, not
//! names taken from any corpus; the long lists of places and first names are
//! generated data (see `gazetteer.rs`).
//!
//! Every word is stored lowercase; [`classes`] looks a lowercased word up
//! once and returns all its classes as bit flags.

use std::collections::HashMap;
use std::sync::OnceLock;

/// A title or office that stands before a person's name and stays outside
/// the person span (`President`, `Gov.`, `Pope`).
pub const TITLE: u32 = 1;
/// A word that qualifies a title (`Vice`, `Foreign`, `Prime`).
pub const TITLE_MOD: u32 = 1 << 1;
/// The head word of an organization's name (`Ministry`, `University`).
pub const ORG_HEAD: u32 = 1 << 2;
/// The head word of a place's name (`Square`, `Avenue`, `River`).
pub const PLACE_HEAD: u32 = 1 << 3;
/// A word that starts a place's name (`Mount`, `Lake`, `Fort`).
pub const PLACE_PREFIX: u32 = 1 << 4;
/// A nationality, religion or party word (`Russian`, `Democrats`).
pub const GROUP: u32 = 1 << 5;
/// A function word or other word that opens sentences and is never a name
/// on its own (`However`, `The`, `Ahead`).
pub const FUNCTION: u32 = 1 << 6;
/// A month name or abbreviation.
pub const MONTH: u32 = 1 << 7;
/// A day of the week.
pub const DAY: u32 = 1 << 8;
/// A lowercase particle inside a name (`von der Leyen`, `bin Salman`).
pub const PARTICLE: u32 = 1 << 9;
/// A lowercase noun naming a person's role before their name
/// (`spokesperson Mao Ning`, `adviser Yuri Ushakov`).
pub const ROLE: u32 = 1 << 10;
/// A verb of saying after a name (`Trump said`).
pub const CUE: u32 = 1 << 11;
/// A lowercase noun after a name that says it is an organization
/// (`Al Jazeera network`, `Fars news agency`).
pub const ORG_NOUN: u32 = 1 << 12;
/// A lowercase noun after a name that says it is a place
/// (`Dolmabahce palace`, `Westwood neighborhood`).
pub const PLACE_NOUN: u32 = 1 << 13;
/// A preposition after which an unknown capitalized word is a place
/// (`in Lahore`, `near Kharkiv`).
pub const PLACE_PREP: u32 = 1 << 14;
/// An abbreviation that keeps its period inside a name (`St.`, `Jr.`, `Inc.`).
pub const ABBREV: u32 = 1 << 15;
/// A number word (`three`, `dozens`).
pub const NUMBER_WORD: u32 = 1 << 16;
/// A unit after a number or number word that makes a duration date
/// (`three-year`, `30-day`).
pub const TIME_UNIT: u32 = 1 << 17;
/// A word that magnifies a number (`million`, `percent`).
pub const MAGNITUDE: u32 = 1 << 18;
/// A compass word that makes a place of a known place (`Northern Ireland`).
pub const COMPASS: u32 = 1 << 19;
/// A word that only makes sense as a name suffix (`Jr.`, `II`).
pub const NAME_SUFFIX: u32 = 1 << 20;
/// A lowercase word after a name that makes it an organization's
/// (`Ericsson spokesman`, `Pirelli shares`).
pub const ORG_FOLLOW: u32 = 1 << 21;

const TITLES: &[&str] = &[
    "president", "minister", "chancellor", "secretary", "pope", "gov", "gov.", "governor", "sen",
    "sen.", "senator", "rep", "rep.", "representative", "dr", "dr.", "mr", "mr.", "mrs", "mrs.",
    "ms", "ms.", "miss", "prof", "prof.", "professor", "king", "queen", "prince", "princess",
    "sheikh", "emir", "sultan", "judge", "justice", "general", "gen", "gen.", "lt", "lt.",
    "lieutenant", "col", "col.", "colonel", "capt", "capt.", "captain", "sgt", "sgt.", "sergeant",
    "maj", "maj.", "major", "adm", "adm.", "admiral", "cardinal", "bishop", "archbishop", "rev",
    "rev.", "reverend", "father", "sister", "brother", "saint", "coach", "ambassador",
    "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "ceo",
    "director", "speaker", "leader", "commissioner", "mayor", "premier", "chief", "officer",
    "inspector", "detective", "deputy", "lord", "lady", "sir", "dame", "rabbi", "imam",
    "ayatollah", "mullah", "marshal", "commander", "cmdr", "cmdr.", "sec", "sec.", "atty",
    "atty.", "attorney", "envoy", "pres", "pres.", "supt", "supt.", "msgr", "msgr.", "fr",
    "fr.", "hon", "hon.", "st", "st.", "empress", "emperor", "crown", "duke", "duchess",
    "count", "baron", "nominee", "candidate", "rapporteur", "superintendent", "dean",
    "provost", "sheriff", "chancellor-elect", "president-elect", "secretary-general",
    "rep.-elect", "senator-elect",
];

const TITLE_MODS: &[&str] = &[
    "vice", "deputy", "prime", "foreign", "defense", "defence", "interior", "finance",
    "trade", "health", "home", "attorney", "acting", "former", "assistant", "executive",
    "supreme", "first", "crown", "grand", "senior", "press", "state", "treasury",
    "economy", "energy", "education", "justice", "labor", "labour", "agriculture",
    "environment", "culture", "transport", "transportation", "commerce", "intelligence",
    "security", "homeland", "chief", "managing", "general", "lieutenant", "national",
    "special", "army", "navy", "air", "police", "opposition", "majority", "minority",
    "house", "senate", "party", "team", "club", "economic", "cabinet", "top", "head",
    "independent", "regional", "federal", "provincial", "lead", "coach", "joint", "staff",
];

const ORG_HEADS: &[&str] = &[
    "ministry", "agency", "inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "llc",
    "plc", "gmbh", "ag", "sa", "university", "college", "school", "academy", "institute",
    "party", "council", "commission", "committee", "bank", "association", "union",
    "federation", "organization", "organisation", "foundation", "fund", "court", "department",
    "bureau", "service", "services", "group", "company", "corporation", "airlines", "airways",
    "times", "post", "journal", "news", "press", "network", "television", "tv", "radio",
    "club", "guard", "army", "navy", "brigade", "forces", "force", "parliament", "congress",
    "senate", "assembly", "cabinet", "hospital", "museum", "international", "pool",
    "motors", "industries", "holdings", "systems", "technologies", "labs", "laboratories",
    "exchange", "reserve", "administration", "authority", "board", "tribunal", "coalition",
    "movement", "front", "alliance", "center", "centre", "studios", "records", "media",
    "herald", "gazette", "tribune", "telegraph", "guardian", "observer", "daily", "weekly",
    "magazine", "review", "broadcasting", "channel", "trust", "society", "institution",
    "league", "team", "office", "secretariat", "police", "command", "corps", "regiment",
    "battalion", "division", "fleet", "squadron", "partners", "capital", "securities",
    "insurance", "pharmaceuticals", "petroleum", "oil", "energy", "telecom", "airline",
    "railways", "railway", "church", "mission", "cooperative", "federal", "enterprises",
    "brands", "foods", "stores", "markets", "ventures", "solutions", "software",
    "electronics", "chemicals", "steel", "mining", "resources", "ministries", "unions",
    "parties", "agencies", "courts", "councils", "committees", "commissions", "schools",
    "universities", "hospitals", "rovers", "athletic", "athletico", "wanderers", "albion",
    "hotspur", "rangers", "united", "fc", "afc", "cf", "sc", "ac", "bc",
];

const PLACE_HEADS: &[&str] = &[
    "square", "street", "avenue", "ave", "ave.", "road", "rd", "rd.", "boulevard", "blvd",
    "blvd.", "lane", "drive", "highway", "park", "palace", "bridge", "river", "lake",
    "mountain", "mountains", "mount", "island", "islands", "sea", "ocean", "gulf", "bay",
    "valley", "desert", "province", "region", "county", "district", "peninsula", "strait",
    "straits", "canal", "airport", "stadium", "arena", "cathedral", "mosque", "temple",
    "castle", "tower", "plaza", "heights", "hills", "beach", "coast", "strip", "bank",
    "basin", "delta", "falls", "forest", "glacier", "harbor", "harbour", "hill", "canyon",
    "oblast", "prefecture", "territory", "territories", "governorate", "state", "city",
    "town", "village", "borough", "township", "camp", "base", "field", "gardens", "garden",
    "hall", "memorial", "monument", "building", "center", "mall", "market", "station",
    "terminal", "port", "pier", "gate", "cemetery", "zoo", "capitol", "basilica", "chapel",
    "abbey", "shrine", "sound", "channel", "pass", "plain", "plains", "plateau", "rapids",
    "reef", "range", "ridge", "springs", "summit", "trail", "way", "quarter", "embankment",
    "republic", "kingdom",
];

const PLACE_PREFIXES: &[&str] = &[
    "mount", "mt", "mt.", "lake", "fort", "ft", "ft.", "cape", "port", "saint", "st", "st.",
    "san", "santa", "são", "sao", "el", "los", "las", "new", "gulf", "isle", "gaza",
];

const GROUPS: &[&str] = &[
    // Nationalities and regions.
    "afghan", "african", "albanian", "algerian", "american", "americans", "arab", "arabs",
    "argentine", "argentinian", "armenian", "asian", "australian", "austrian", "azerbaijani",
    "bangladeshi", "belarusian", "belgian", "bolivian", "bosnian", "brazilian", "british",
    "bulgarian", "burmese", "cambodian", "cameroonian", "canadian", "chilean", "chinese",
    "colombian", "congolese", "croatian", "cuban", "cypriot", "czech", "danish", "dutch",
    "ecuadorian", "egyptian", "emirati", "english", "eritrean", "estonian", "ethiopian",
    "european", "europeans", "filipino", "finnish", "french", "georgian", "german",
    "germans", "ghanaian", "greek", "guatemalan", "haitian", "honduran", "hungarian",
    "icelandic", "indian", "indonesian", "iranian", "iranians", "iraqi", "iraqis", "irish",
    "israeli", "israelis", "italian", "italians", "ivorian", "jamaican", "japanese",
    "jordanian", "kazakh", "kenyan", "korean", "koreans", "kosovar", "kurdish", "kurds",
    "kuwaiti", "kyrgyz", "latvian", "lebanese", "libyan", "lithuanian", "malaysian",
    "malian", "maltese", "mexican", "mexicans", "moldovan", "mongolian", "moroccan",
    "mozambican", "namibian", "nepalese", "nigerian", "nigerien", "norwegian", "pakistani",
    "palestinian", "palestinians", "panamanian", "paraguayan", "persian", "peruvian",
    "polish", "portuguese", "qatari", "romanian", "russian", "russians", "rwandan", "saudi",
    "saudis", "scottish", "senegalese", "serbian", "serb", "serbs", "singaporean", "slovak",
    "slovenian", "somali", "spanish", "sudanese", "swedish", "swiss", "syrian", "syrians",
    "taiwanese", "tajik", "tanzanian", "thai", "tunisian", "turkish", "turks", "ugandan",
    "ukrainian", "ukrainians", "uruguayan", "uzbek", "venezuelan", "vietnamese", "welsh",
    "yemeni", "zambian", "zimbabwean", "western", "eastern", "northern", "southern",
    "westerners", "latino", "latinos", "latina", "hispanic", "hispanics", "asian-american",
    "african-american", "soviet", "nordic", "baltic", "balkan", "caribbean",
    "scandinavian", "pacific", "atlantic", "mediterranean", "transatlantic",
    "chechen", "tatar", "uighur", "uyghur", "rohingya", "pashtun", "tamil", "sikh",
    "sikhs", "hindu", "hindus", "muslim", "muslims", "christian", "christians", "jewish",
    "jew", "jews", "catholic", "catholics", "protestant", "protestants", "orthodox",
    "evangelical", "evangelicals", "shiite", "shiites", "shia", "sunni", "sunnis",
    "buddhist", "buddhists", "islamic", "islamist", "islamists", "zionist", "israeli-born",
    // Parties and their members.
    "democrat", "democrats", "democratic", "republican", "republicans", "gop",
    "conservative", "conservatives", "liberal", "liberals", "labour", "tory", "tories",
    "socialist", "socialists", "communist", "communists", "green", "greens", "maoist",
    "maoists", "nationalist", "nationalists", "federal", "allied", "royal",
];

const FUNCTION_WORDS: &[&str] = &[
    "a", "about", "above", "according", "across", "after", "afterward", "afterwards",
    "again", "against", "ahead", "all", "almost", "along", "already", "also", "although",
    "always", "among", "amid", "an", "and", "another", "any", "anyone", "anything",
    "are", "around", "as", "asked", "at", "back", "be", "because", "been", "before",
    "behind", "being", "below", "besides", "between", "beyond", "both", "but", "by",
    "can", "could", "despite", "did", "do", "does", "down", "during", "each", "earlier",
    "either", "else", "even", "ever", "every", "everyone", "everything", "except", "few",
    "finally", "first", "for", "former", "from", "further", "furthermore", "given", "had",
    "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself",
    "his", "how", "however", "i", "if", "in", "including", "indeed", "inside", "instead",
    "into", "is", "it", "its", "itself", "just", "last", "later", "least", "less", "like",
    "many", "may", "maybe", "meanwhile", "might", "more", "moreover", "most", "much", "must",
    "my", "near", "nearly", "neither", "never", "nevertheless", "next", "no", "nobody",
    "none", "nor", "not", "nothing", "now", "of", "off", "often", "on", "once", "one",
    "only", "onto", "or", "other", "others", "otherwise", "our", "ours", "out", "outside",
    "over", "overall", "own", "perhaps", "please", "rather", "recently", "regardless",
    "same", "second", "several", "she", "should", "since", "so", "some", "someone",
    "something", "sometimes", "soon", "still", "such", "than", "that", "the", "their",
    "theirs", "them", "then", "there", "thereafter", "therefore", "these", "they", "third",
    "this", "those", "though", "through", "throughout", "thus", "to", "today", "together",
    "tomorrow", "tonight", "too", "toward", "towards", "under", "unless", "unlike", "until",
    "up", "upon", "us", "very", "via", "was", "we", "well", "were", "what", "whatever",
    "when", "whenever", "where", "whereas", "whether", "which", "while", "who", "whoever",
    "whom", "whose", "why", "will", "with", "within", "without", "would", "yes",
    "yesterday", "yet", "you", "your", "yours", "speaking", "asked", "told", "said", "says",
    "photo", "photos", "video", "videos", "click", "gallery", "file", "latest", "update",
    "updated", "breaking", "editor", "editors", "note", "read", "more", "watch", "listen",
    "share", "advertisement", "related", "sign", "subscribe", "follow", "see", "also",
    "people", "police", "officials", "experts", "critics", "analysts", "residents",
    "protesters", "activists", "authorities", "lawmakers", "voters", "witnesses", "many",
    "mr", "ms", "mrs", "dear", "hello", "thanks", "thank", "sorry", "oh", "ok", "okay",
    "new", "old", "big", "good", "bad", "best", "top", "key", "major", "minor", "senior",
    "junior", "early", "late", "mid", "still", "meanwhile", "separately", "elsewhere",
    "nationwide", "worldwide", "overseas", "abroad", "initially", "eventually",
    "currently", "previously", "subsequently", "additionally", "similarly", "likewise",
    "unfortunately", "fortunately", "clearly", "obviously", "apparently", "reportedly",
    "allegedly", "officially", "publicly", "privately", "under", "asked", "whatever",
    "government", "state", "officials", "sources", "reporters", "journalists",
    "part", "half", "some", "most", "top", "tens", "hundreds", "thousands", "millions",
    "dozens", "scores", "amid", "citing", "quoting", "following", "according", "regarding",
    "concerning", "considering", "during", "excluding", "like", "unlike", "within",
    "that's", "it's", "there's", "here's", "what's", "who's", "we're", "they're", "i'm",
    "i've", "we've", "don't", "doesn't", "didn't", "can't", "won't", "isn't", "aren't",
    "wasn't", "weren't", "it’s", "that’s", "there’s", "here’s", "what’s", "who’s",
    "we’re", "they’re", "i’m", "i’ve", "we’ve", "don’t", "doesn’t", "didn’t", "can’t",
    "won’t", "isn’t", "aren’t", "wasn’t", "weren’t", "let", "let's", "let’s", "attention",
    "caption", "credit", "credits", "copyright", "reporting", "writing", "contributed",
    "editing", "additional", "source", "sources",
];

const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "jan.", "feb", "feb.", "mar", "mar.", "apr",
    "apr.", "jun", "jun.", "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.",
    "oct", "oct.", "nov", "nov.", "dec", "dec.",
];

const DAYS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
    "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
];

const PARTICLES: &[&str] = &[
    "von", "van", "der", "den", "de", "del", "della", "dei", "degli", "di", "da", "dos", "das",
    "do", "du", "la", "le", "les", "bin", "binti", "bint", "ibn", "al", "el", "ben", "ter",
    "ten", "af", "zu", "y", "e", "abu", "bar", "ould", "mac", "st.",
];

const ROLES: &[&str] = &[
    "spokesman", "spokeswoman", "spokesperson", "secretary", "adviser", "advisor",
    "minister", "president", "chancellor", "leader", "chief", "director", "official",
    "analyst", "lawyer", "attorney", "reporter", "reporters", "correspondent", "writer",
    "writers", "photographer", "photographers", "coach", "striker", "captain", "manager",
    "actor", "actress", "singer", "rapper", "author", "economist", "professor", "researcher",
    "scientist", "executive", "chairman", "chairwoman", "founder", "co-founder", "owner",
    "investor", "senator", "congressman", "congresswoman", "lawmaker", "governor", "mayor",
    "ambassador", "envoy", "diplomat", "negotiator", "commander", "general", "colonel",
    "officer", "sergeant", "soldier", "judge", "prosecutor", "defendant", "witness",
    "victim", "suspect", "candidate", "challenger", "incumbent", "nominee", "rival",
    "opponent", "partner", "wife", "husband", "son", "daughter", "father", "mother",
    "brother", "sister", "cousin", "uncle", "aunt", "grandson", "granddaughter", "widow",
    "friend", "colleague", "aide", "aides", "deputy", "counterpart", "successor",
    "predecessor", "host", "anchor", "editor", "columnist", "historian", "expert",
    "activist", "dissident", "cleric", "preacher", "pastor", "priest", "bishop", "rabbi",
    "imam", "player", "midfielder", "defender", "goalkeeper", "forward", "pitcher",
    "quarterback", "champion", "winner", "runner-up", "star", "teammate", "premier",
    "strongman", "dictator", "monarch", "king", "queen", "prince", "princess", "pope",
    "chef", "designer", "artist", "director", "producer", "filmmaker", "novelist", "poet",
    "student", "teacher", "doctor", "nurse", "surgeon", "physician", "farmer", "worker",
    "resident", "businessman", "businesswoman", "billionaire", "millionaire", "entrepreneur",
    "commentator", "pollster", "strategist", "consultant", "ceo", "cfo", "coo",
    "superintendent", "commissioner", "inspector", "detective", "sheriff", "manager",
    "by", "photographer", "cameraman", "mr.", "mrs.", "ms.", "dr.",
];

const CUES: &[&str] = &[
    "said", "says", "told", "tells", "added", "adds", "asked", "asks", "wrote", "writes",
    "reported", "reports", "explained", "explains", "noted", "notes", "argued", "argues",
    "insisted", "insists", "stated", "states", "declared", "announced", "announces",
    "warned", "warns", "claimed", "claims", "acknowledged", "admitted", "replied",
    "responded", "recalled", "recalls", "continued", "suggested", "suggests", "stressed",
    "emphasized", "tweeted", "posted", "urged", "urges", "testified", "confirmed",
    "denied", "predicted", "believes", "believed", "thinks", "thought", "wants", "wanted",
    "met", "visited", "spoke", "speaks", "called", "calls", "who", "whose", "himself",
    "herself", "has", "had", "is", "was", "will", "would", "did", "does", "led", "leads",
    "won", "wins", "beat", "scored", "resigned", "died", "married", "joined",
];

const ORG_NOUNS: &[&str] = &[
    "network", "newspaper", "agency", "company", "firm", "group", "party", "broadcaster",
    "channel", "daily", "outlet", "website", "magazine", "station", "bank", "airline",
    "carrier", "conglomerate", "corporation", "manufacturer", "maker", "retailer",
    "automaker", "startup", "giant", "club", "team", "university", "school", "hospital",
    "ministry", "organization", "organisation", "militia", "movement", "faction", "union",
    "lender", "insurer", "brand", "publisher", "tabloid", "platform", "app", "broadcasting",
    "television", "news", "radio", "side", "operator", "chain", "producer", "supplier",
    "distributor", "exporter", "importer", "consortium", "holding", "subsidiary",
    "champions", "rivals", "outfit", "daily",
];

const ORG_FOLLOWS: &[&str] = &[
    "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "shares",
    "stock", "stocks", "unit", "units", "subsidiary", "shareholders", "executives",
    "coach", "manager", "officials", "employees", "workers", "staff", "board", "bonds",
    "earnings", "profit", "profits", "revenue", "sales", "securities", "management",
    "president", "chief", "ceo", "headquarters", "fans", "supporters", "striker",
    "midfielder", "goalkeeper", "defender", "players", "forward", "newspaper", "daily",
    "weekly", "said", "reported",
];

const PLACE_NOUNS: &[&str] = &[
    "palace", "neighborhood", "neighbourhood", "district", "province", "region", "city",
    "town", "village", "square", "street", "avenue", "river", "county", "suburb", "area",
    "state", "island", "valley", "mountains", "mountain", "lake", "border", "region",
    "oblast", "governorate", "municipality", "port", "harbor", "harbour", "airport",
    "peninsula", "coast", "enclave", "territory", "settlement", "compound", "prison",
    "camp", "base", "stadium", "cathedral", "mosque", "church", "temple", "park",
];

const PLACE_PREPS: &[&str] = &[
    "in", "at", "from", "near", "to", "outside", "across", "toward", "towards", "into",
    "through", "around", "throughout", "via",
];

const ABBREVS: &[&str] = &[
    "st", "mt", "ft", "jr", "sr", "inc", "co", "corp", "ltd", "bros", "gov", "sen", "rep",
    "dr", "mr", "mrs", "ms", "prof", "gen", "lt", "col", "capt", "sgt", "maj", "adm", "rev",
    "atty", "supt", "msgr", "fr", "hon", "pres", "cmdr", "sec", "ave", "rd", "blvd", "no",
    "calif", "fla", "mass", "penn", "ariz", "ill", "mich", "wash", "tenn", "conn", "colo",
    "minn", "wis", "okla", "ore", "ky", "la", "md", "va", "ga", "ala", "ark", "del", "kan",
    "neb", "nev", "miss", "mo", "mont", "wyo", "vt", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "dept", "univ", "assn", "natl",
];

const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
    "ninety", "hundred", "thousand", "dozen", "dozens", "hundreds", "thousands",
    "millions", "billions", "half", "single", "double", "triple",
];

const TIME_UNITS: &[&str] = &[
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
    "minute", "minutes", "decade", "decades", "century", "centuries", "year-old",
    "year-long", "day-long", "night", "nights", "season", "seasons",
];

const MAGNITUDES: &[&str] = &[
    "million", "billion", "trillion", "percent", "per", "thousand", "hundred", "mln", "bln",
    "pct", "m", "bn", "k",
];

const COMPASS_WORDS: &[&str] = &[
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
    "northwestern", "southeastern", "southwestern", "upper", "lower", "greater", "inner",
    "outer",
];

const NAME_SUFFIXES: &[&str] = &[
    "jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi",
    "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx", "xxi", "xxii", "xxiii",
];

/// All word classes, built once.
fn table() -> &'static HashMap<&'static str, u32> {
    static TABLE: OnceLock<HashMap<&'static str, u32>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let lists: [(&[&str], u32); 22] = [
            (ORG_FOLLOWS, ORG_FOLLOW),
            (TITLES, TITLE),
            (TITLE_MODS, TITLE_MOD),
            (ORG_HEADS, ORG_HEAD),
            (PLACE_HEADS, PLACE_HEAD),
            (PLACE_PREFIXES, PLACE_PREFIX),
            (GROUPS, GROUP),
            (FUNCTION_WORDS, FUNCTION),
            (MONTHS, MONTH),
            (DAYS, DAY),
            (PARTICLES, PARTICLE),
            (ROLES, ROLE),
            (CUES, CUE),
            (ORG_NOUNS, ORG_NOUN),
            (PLACE_NOUNS, PLACE_NOUN),
            (PLACE_PREPS, PLACE_PREP),
            (ABBREVS, ABBREV),
            (NUMBER_WORDS, NUMBER_WORD),
            (TIME_UNITS, TIME_UNIT),
            (MAGNITUDES, MAGNITUDE),
            (COMPASS_WORDS, COMPASS),
            (NAME_SUFFIXES, NAME_SUFFIX),
        ];
        let mut map = HashMap::with_capacity(2048);
        for (list, flag) in lists {
            for &word in list {
                *map.entry(word).or_insert(0) |= flag;
            }
        }
        map
    })
}

/// The classes of `lower` (a lowercased word), as bit flags; 0 when none.
#[inline]
pub fn classes(lower: &str) -> u32 {
    table().get(lower).copied().unwrap_or(0)
}

/// Organizations known by a short name or acronym, with their full names.
/// International bodies and the big wire services and broadcasters that
/// news copy cites on every page; one line each, `short|full`.
pub const KNOWN_ORGS: &[(&str, &str)] = &[
    ("ap", "Associated Press"),
    ("associated press", "Associated Press"),
    ("the associated press", "Associated Press"),
    ("reuters", "Reuters"),
    ("afp", "Agence France-Presse"),
    ("agence france-presse", "Agence France-Presse"),
    ("bloomberg", "Bloomberg"),
    ("xinhua", "Xinhua"),
    ("tass", "Tass"),
    ("sputnik", "Sputnik"),
    ("interfax", "Interfax"),
    ("ria novosti", "RIA Novosti"),
    ("kyodo", "Kyodo"),
    ("yonhap", "Yonhap"),
    ("dpa", "DPA"),
    ("ansa", "ANSA"),
    ("efe", "EFE"),
    ("bbc", "BBC"),
    ("cnn", "CNN"),
    ("nbc", "NBC"),
    ("cbs", "CBS"),
    ("abc", "ABC"),
    ("pbs", "PBS"),
    ("npr", "NPR"),
    ("msnbc", "MSNBC"),
    ("fox news", "Fox News"),
    ("al jazeera", "Al Jazeera"),
    ("al arabiya", "Al Arabiya"),
    ("sky news", "Sky News"),
    ("new york times", "The New York Times"),
    ("the new york times", "The New York Times"),
    ("washington post", "The Washington Post"),
    ("the washington post", "The Washington Post"),
    ("wall street journal", "The Wall Street Journal"),
    ("the wall street journal", "The Wall Street Journal"),
    ("financial times", "Financial Times"),
    ("un", "United Nations"),
    ("u.n.", "United Nations"),
    ("united nations", "United Nations"),
    ("nato", "NATO"),
    ("eu", "European Union"),
    ("e.u.", "European Union"),
    ("european union", "European Union"),
    ("european commission", "European Commission"),
    ("european parliament", "European Parliament"),
    ("imf", "International Monetary Fund"),
    ("world bank", "World Bank"),
    ("who", "World Health Organization"),
    ("world health organization", "World Health Organization"),
    ("wto", "World Trade Organization"),
    ("opec", "OPEC"),
    ("unicef", "UNICEF"),
    ("unesco", "UNESCO"),
    ("unhcr", "UNHCR"),
    ("red cross", "Red Cross"),
    ("red crescent", "Red Crescent"),
    ("amnesty international", "Amnesty International"),
    ("human rights watch", "Human Rights Watch"),
    ("interpol", "Interpol"),
    ("fbi", "FBI"),
    ("cia", "CIA"),
    ("nsa", "NSA"),
    ("fda", "FDA"),
    ("cdc", "CDC"),
    ("sec", "SEC"),
    ("epa", "EPA"),
    ("nasa", "NASA"),
    ("pentagon", "Pentagon"),
    ("congress", "Congress"),
    ("senate", "Senate"),
    ("kremlin pool", "Kremlin Pool"),
    ("hamas", "Hamas"),
    ("hezbollah", "Hezbollah"),
    ("taliban", "Taliban"),
    ("houthis", "Houthis"),
    ("al-qaida", "al-Qaida"),
    ("al qaeda", "al Qaeda"),
    ("islamic state", "Islamic State"),
    ("isis", "Islamic State"),
    ("facebook", "Facebook"),
    ("google", "Google"),
    ("apple", "Apple"),
    ("microsoft", "Microsoft"),
    ("amazon", "Amazon"),
    ("meta", "Meta"),
    ("twitter", "Twitter"),
    ("tiktok", "TikTok"),
    ("youtube", "YouTube"),
    ("instagram", "Instagram"),
    ("telegram", "Telegram"),
    ("bluesky", "Bluesky"),
    ("truth social", "Truth Social"),
    ("openai", "OpenAI"),
    ("nvidia", "Nvidia"),
    ("tesla", "Tesla"),
    ("boeing", "Boeing"),
    ("airbus", "Airbus"),
    ("gazprom", "Gazprom"),
    ("federal reserve", "Federal Reserve"),
    ("supreme court", "Supreme Court"),
];

/// Places known by an abbreviation or another name, with the name they go by.
pub const PLACE_ALIASES: &[(&str, &str)] = &[
    ("u.s.", "United States"),
    ("u.s", "United States"),
    ("us", "United States"),
    ("usa", "United States"),
    ("u.s.a.", "United States"),
    ("america", "United States"),
    ("united states of america", "United States"),
    ("uk", "United Kingdom"),
    ("u.k.", "United Kingdom"),
    ("britain", "United Kingdom"),
    ("great britain", "United Kingdom"),
    ("la", "Los Angeles"),
    ("l.a.", "Los Angeles"),
    ("nyc", "New York"),
    ("new york city", "New York"),
    ("d.c.", "Washington"),
    ("uae", "United Arab Emirates"),
    ("u.a.e.", "United Arab Emirates"),
    ("drc", "Democratic Republic of the Congo"),
    ("holland", "Netherlands"),
    ("the netherlands", "Netherlands"),
    ("czech republic", "Czechia"),
    ("burma", "Myanmar"),
    ("ivory coast", "Ivory Coast"),
    ("west bank", "West Bank"),
    ("gaza", "Gaza"),
    ("gulf", "Gulf"),
    ("gaza strip", "Gaza Strip"),
    ("crimea", "Crimea"),
    ("donbas", "Donbas"),
    ("kashmir", "Kashmir"),
    ("tibet", "Tibet"),
    ("scotland", "Scotland"),
    ("wales", "Wales"),
    ("england", "England"),
    ("northern ireland", "Northern Ireland"),
    ("middle east", "Middle East"),
    ("europe", "Europe"),
    ("latin america", "Latin America"),
    ("balkans", "Balkans"),
    ("caucasus", "Caucasus"),
    ("sahel", "Sahel"),
    ("siberia", "Siberia"),
    ("silicon valley", "Silicon Valley"),
    ("wall street", "Wall Street"),
    ("white house", "White House"),
    ("kremlin", "Kremlin"),
    ("oval office", "Oval Office"),
    ("vatican", "Vatican"),
    ("capitol hill", "Capitol Hill"),
    ("capitol", "Capitol"),
    ("downing street", "Downing Street"),
    ("calif.", "California"),
    ("fla.", "Florida"),
    ("mass.", "Massachusetts"),
    ("ariz.", "Arizona"),
    ("mich.", "Michigan"),
    ("tenn.", "Tennessee"),
    ("conn.", "Connecticut"),
    ("colo.", "Colorado"),
    ("minn.", "Minnesota"),
    ("wis.", "Wisconsin"),
    ("okla.", "Oklahoma"),
    ("ore.", "Oregon"),
    ("ky.", "Kentucky"),
    ("md.", "Maryland"),
    ("va.", "Virginia"),
    ("ga.", "Georgia"),
    ("ala.", "Alabama"),
    ("ark.", "Arkansas"),
    ("kan.", "Kansas"),
    ("neb.", "Nebraska"),
    ("nev.", "Nevada"),
    ("miss.", "Mississippi"),
    ("mo.", "Missouri"),
    ("mont.", "Montana"),
    ("wyo.", "Wyoming"),
    ("vt.", "Vermont"),
    ("n.y.", "New York"),
    ("n.j.", "New Jersey"),
    ("n.c.", "North Carolina"),
    ("s.c.", "South Carolina"),
    ("pa.", "Pennsylvania"),
    ("ill.", "Illinois"),
    ("wash.", "Washington"),
    ("tex.", "Texas"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_combine() {
        assert_ne!(classes("president") & TITLE, 0);
        assert_ne!(classes("president") & ROLE, 0);
        assert_ne!(classes("ministry") & ORG_HEAD, 0);
        assert_eq!(classes("zelenskyy"), 0);
    }

    #[test]
    fn alias_keys_are_lowercase() {
        for (k, _) in KNOWN_ORGS.iter().chain(PLACE_ALIASES) {
            assert_eq!(*k, k.to_lowercase());
        }
    }
}
