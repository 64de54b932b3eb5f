// General vocabulary the entity rules read: titles, the nouns that end organisation, place, venue and event names,
// joiners inside names, and words that are never names.
import type { Token } from '../tokens.ts';

// Titles written before a name. Lower-case keys; a trailing period is ignored.
export const TITLES = new Set(
  `president vice prime minister secretary senator sen rep representative congressman congresswoman governor gov
  mayor mr mrs ms miss dr doctor prof professor judge justice chancellor premier king queen prince princess pope
  general gen lt col colonel sgt sergeant capt captain commander adm admiral chairman chairwoman chair director
  ambassador coach speaker leader chief rev reverend sir lord lady dame sheikh ayatollah president-elect
  cardinal bishop archbishop rabbi councillor councilor alderman inspector detective constable superintendent sheriff
  editor candidate nominee former foreign defense defence interior finance state deputy acting first attorney
  home shadow trade health education culture justice energy labor labour transport environment agriculture commerce
  treasury economy industry`
    .split(/\s+/)
    .filter(Boolean),
);
// Title words that can stand alone before a name; the others only after one of these ("Foreign Minister").
export const TITLE_HEADS = new Set(
  `president senator sen rep representative congressman congresswoman governor gov mayor mr mrs ms miss dr prof
  professor judge justice chancellor premier king queen prince princess pope general gen lt col colonel sgt
  sergeant capt captain commander adm admiral chairman chairwoman director ambassador coach speaker leader rev
  reverend sir lord lady dame sheikh ayatollah president-elect minister secretary doctor candidate nominee
  cardinal bishop archbishop rabbi councillor councilor alderman inspector detective constable superintendent sheriff`
    .split(/\s+/)
    .filter(Boolean),
);
export const MALE_TITLES = new Set(['mr', 'king', 'prince', 'sir', 'lord', 'congressman', 'sheikh']);
export const FEMALE_TITLES = new Set(['mrs', 'ms', 'miss', 'queen', 'princess', 'lady', 'dame', 'congresswoman', 'chairwoman']);

export const ORG_WORDS = new Set(
  `party council committee ministry department agency commission congress parliament senate assembly court
  university college school institute academy foundation association federation union league club fc bank corp
  corporation inc ltd co plc llc ag s.a n.v gmbh company group holdings bureau office board authority organization organisation
  administration campaign times post news newsroom desk journal tribune herald network press television tv radio airlines
  airways motors church army navy force forces police service services fund trust reserve exchange commission
  government cabinet house white team united city rovers wanderers athletic county chamber society players
  theatre theater orchestra choir`
    .split(/\s+/)
    .filter(Boolean),
);
// Generic organisation nouns for a body a country has only one of: capitalised alone ("Parliament voted", "the
// Cabinet met") they name that body, unlike "Department" or "Office", of which there are many.
export const NATIONAL_BODIES = new Set(['parliament', 'cabinet', 'congress', 'senate']);
// Organisation nouns that are a newspaper's short name after "the" ("the Times", "The Herald").
export const NEWSPAPER_WORDS = new Set(['times', 'post', 'journal', 'tribune', 'herald']);
// Ordinary nouns that end the names of venues ("Quayside Ground", "Anchor Rooms").
export const VENUE_WORDS = new Set(['ground', 'grounds', 'hall', 'centre', 'center', 'stadium', 'arena', 'rooms', 'gardens', 'quay', 'wharf', 'pier', 'market', 'library', 'museum', 'gallery', 'cathedral', 'abbey', 'castle', 'tower']);
// Lower-case words that say the name before them is an organisation.
export const ORG_CONTEXT = new Set(
  `agency newspaper daily weekly company firm group bank broker brokerage shares stock economist economists
  analyst analysts spokesman spokeswoman chairman executive officials subsidiary unit`
    .split(/\s+/)
    .filter(Boolean),
);
// Ordinary nouns that end company names ("Johnson Controls", "Kansai Electric Power").
export const COMPANY_WORDS = new Set(
  `power electric energy controls pharmaceuticals industries systems technologies technology resources motors steel
  oil petroleum mining capital securities partners communications enterprises labs laboratories foods chemicals
  insurance investments ventures brands stores entertainment media telecom software computers electronics
  products services fields mines airlines shipping logistics finance financial data networks solutions consulting
  democrats republicans conservatives liberals socialists greens dems dem tories nationalists unionists democrat
  republican ferries ferry buses coaches rail railway railways
  lines`
    .split(/\s+/)
    .filter(Boolean),
);
// A few ORG_WORDS that also end place names; decided by the gazetteer first.
export const PLACE_WORDS = new Set(
  `river mountain mountains lake island islands street road avenue square valley province state region district
  bay sea ocean gulf peninsula desert park bridge airport station strait coast heights hills beach`
    .split(/\s+/)
    .filter(Boolean),
);
export const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater']);
export const EVENT_WORDS = new Set(
  `summit war olympics games cup championship championships conference festival election elections year day
  classic masters prix prize award awards medal
  convention debate primary caucus caucuses tournament open series revolution crisis marathon
  christmas easter ramadan hanukkah diwali thanksgiving`
    .split(/\s+/)
    .filter(Boolean),
);
// Words that join parts of one name ("Bank of England", "Charles de Gaulle").
export const NAME_JOINERS = new Set(['of', 'de', 'da', 'di', 'van', 'von', 'der', 'den', 'du', 'del', 'la', 'le', 'bin', 'al', 'el', '&']);
// Capitalised words that are never names by themselves.
export const NOT_NAMES = new Set(
  `i i'm i've i'd a an the this that these those he she it we they you his her its our their my your there here
  what when where why how who which while if but and or so yet for nor as at by in on of to with from after
  before during since until about into over under between against without within through across also then
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december today yesterday tomorrow mr. mrs. ms. dr. no yes not all some many
  most more several both each every any one two three four five six seven eight nine ten first second third
  last next new according despite however meanwhile still even just only such other another read leave back`
    .split(/\s+/)
    .filter(Boolean),
);
// Nouns that head a description of a person ("Putin's close ally", "China's president").
export const ROLE_NOUNS = new Set(
  `president leader premier minister chancellor king queen ally aide adviser advisor spokesman spokeswoman
  spokesperson deputy counterpart wife husband son daughter brother sister friend rival lawyer attorney
  envoy ambassador chief secretary governor mayor senator`
    .split(/\s+/)
    .filter(Boolean),
);
export const RELATIONAL_NOUNS = new Set(
  `ally aide adviser advisor spokesman spokeswoman spokesperson deputy counterpart wife husband son daughter
  brother sister friend rival lawyer attorney envoy`
    .split(/\s+/)
    .filter(Boolean),
);

export const lower = (t: Token) => t.text.toLowerCase().replace(/\.$/, '');
export const isWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word';

// Capitals that abbreviate an ordinary noun, not a name: media and devices, measures, time zones, jobs and titles,
// medicine. Written in capitals they look like an organisation's initials.
export const COMMON_ACRONYMS = new Set(
  `tv pc pcs dvd dvds cd cds mp3 hd hdtv lcd led usb pda sms mms gps pin atm it ai url www pdf wifi dsl isp ip
  gdp gnp cpi rpi pmi ppi vat roi eps ipo gmt bst est edt pst pdt cet utc am pm bc ad
  id ids mp mps mep meps msp ceo ceos cfo coo cto md hr pr vip vips qc kc obe mbe cbe dj djs mc
  hiv aids sars dna rna ivf gp icu rbi era ko mvp`
    .split(/\s+/)
    .filter(Boolean),
);
