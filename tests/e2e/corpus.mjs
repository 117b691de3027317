// A made-up news-like text of any size for the speed tests: hundreds of
// different speakers, organizations and places, quotes with cue verbs,
// dates, numbers, photo captions, separators and a few paragraphs a scraper
// repeated, like the team's news-1m sample (which is not in the repository).
// Deterministic: the same size gives the same text.

const FIRST = ['Ann', 'Rafael', 'Dmitri', 'Ines', 'Anouk', 'Teodor', 'Farah', 'Henrik', 'Nadia', 'Lotte', 'Kwame',
  'Mira', 'Tomas', 'Priya', 'Jonas', 'Leila', 'Oskar', 'Hana', 'Marco', 'Zofia', 'Emeka', 'Sofia', 'Ravi', 'Greta',
  'Yusuf', 'Elena', 'Pablo', 'Ingrid', 'Kenji', 'Amara'];
const LAST = ['Reyes', 'Delacroix', 'Thornbury', 'Adeyemi', 'Abernathy', 'Kowalczyk', 'Iwu', 'Szabo', 'Osei',
  'Holloway', 'Mendoza', 'Ravensworth', 'Lindqvist', 'Okafor', 'Brandt', 'Castellano', 'Novak', 'Haddad',
  'Fischer', 'Moreau', 'Tanaka', 'Petrov', 'Quinn', 'Varga', 'Nakamura', 'Sato'];
const TITLE = ['Mayor', 'Minister', 'Chief Inspector', 'Judge', 'Senator', 'Councilor', 'Dr.', ''];
const PLACE = ['St. Oriel', 'Greywater', 'Lower Tamsin', 'Valmora', 'New Ashford', 'Silverrun', 'Eastbrook',
  'Brightmoor', 'Port Ellis', 'Kingsford', 'Marlow Bay', 'Northfield'];
const ORG = ['Northline Rail', 'the Lakeshore Teachers Union', 'Brightmoor Energy Co.', 'the Eastbrook City Council',
  'the Valmora Ledger', 'Harbor Trust', 'the Port Ellis Water Board', 'Kingsford University'];
const THING = ['flood barrier', 'bridge repairs', 'bus depot', 'school budget', 'housing plan', 'water tariff'];
const VERB = ['approve', 'delay', 'review', 'block', 'expand', 'fund'];
const ADJ = ['a mess', 'on track', 'historic', 'unacceptable', 'long overdue', 'reckless'];
const CUE = ['said', 'told reporters', 'added', 'warned', 'argued'];
const MONTH = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const DAY = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** mulberry32: a small seeded random number generator. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** About `size` characters (cut at a paragraph end, then to exactly `size`). */
export function newsLike(size, seed = 1) {
  const r = random(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const titled = () => `${pick(TITLE)} ${person()}`.trim();
  const date = () => (r() < 0.5 ? `${pick(MONTH)} ${1 + Math.floor(r() * 28)}` : pick(DAY));
  const sentences = [
    () => `${titled()} said ${pick(PLACE)}’s plan to ${pick(VERB)} the ${pick(THING)} was “${pick(ADJ)}.”`,
    () => `“The ${pick(THING)} was never going to work as written,” ${titled()} ${pick(CUE)}, according to ${pick(ORG)}.`,
    () => `“We will ${pick(VERB)} it by ${date()},” ${person()} ${pick(CUE)}. “Nobody should be surprised.”`,
    () => `The vote — ${Math.floor(r() * 9)}-${Math.floor(r() * 5)} — came after ${2 + Math.floor(r() * 9)} hours of debate, and ${person()} said the ${pick(THING)} would follow.`,
    () => `${pick(ORG).replace(/^the /, 'The ')} announced on ${date()} that it would ${pick(VERB)} ${1000 + Math.floor(r() * 9000)} permits in ${pick(PLACE)}.`,
    () => `Critics called the ${pick(THING)} “${pick(ADJ)},” a charge ${person()} rejected.`,
  ];
  const paragraphs = [];
  let length = 0;
  while (length < size) {
    let p;
    const roll = r();
    if (roll < 0.05) p = `${titled()} speaks at a meeting in ${pick(PLACE)} on ${date()}. (Photo: ${person()}/${pick(ORG)})`;
    else if (roll < 0.07) p = '___';
    else if (roll < 0.1 && paragraphs.length > 10) p = paragraphs[paragraphs.length - 1 - Math.floor(r() * 10)];
    else p = Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(sentences)()).join(' ');
    paragraphs.push(p);
    length += p.length + 2;
  }
  return paragraphs.join('\n\n').slice(0, size);
}
