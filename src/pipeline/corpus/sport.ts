// Which sport an article is about, from its section and ordinary sports vocabulary: the evidence that tells a
// town from its club, and the rugby World Cup from the football one.

export type Sport = 'football' | 'rugby' | 'cricket' | 'tennis' | 'athletics' | 'motor' | 'golf' | 'boxing' | 'sport';

// Ordinary words (never names) that mark one sport.
const SPORT_WORDS: Record<Exclude<Sport, 'sport'>, string[]> = {
  football: ['football', 'footballer', 'striker', 'midfielder', 'goalkeeper', 'keeper', 'winger', 'premiership', 'goal', 'goals', 'penalty', 'fa cup', 'uefa', 'fifa', 'soccer'],
  rugby: ['rugby', 'try', 'tries', 'scrum', 'fly-half', 'lineout', 'line-out', 'flanker', 'hooker', 'scrum-half', 'six nations', 'conversion', 'lock'],
  cricket: ['cricket', 'wicket', 'wickets', 'innings', 'batsman', 'bowler', 'test match', 'one-day'],
  tennis: ['tennis', 'seed', 'seeded', 'sets', 'tie-break', 'tiebreak', 'set point', 'match point'],
  athletics: ['athletics', 'sprinter', 'sprint', 'marathon', 'metres', 'hurdles', 'relay', 'indoor'],
  motor: ['formula one', 'f1', 'grand prix', 'lap', 'laps', 'pole position', 'driver', 'drivers'],
  golf: ['golf', 'golfer', 'birdie', 'bogey', 'putt', 'fairway'],
  boxing: ['boxing', 'boxer', 'bout', 'heavyweight', 'knockout'],
};
// Words of any sport.
const GENERAL_WORDS = ['match', 'season', 'coach', 'manager', 'championship', 'squad', 'fixture', 'scored', 'victory', 'defeat', 'title', 'cup', 'league', 'team', 'players', 'champions'];

// every word of every list in one pattern, read in one pass
const SPORT_OF_WORD = new Map<string, Sport>([...Object.entries(SPORT_WORDS).flatMap(([sport, words]) => words.map((w) => [w, sport as Sport] as const)), ...GENERAL_WORDS.map((w) => [w, 'sport' as Sport] as const)]);
const ALL_WORDS = new RegExp(`(?<![a-z-])(?:${[...SPORT_OF_WORD.keys()].sort((a, b) => b.length - a.length).join('|')})(?![a-z-])`, 'g');

/** The sport an article is about, 'sport' when it is about sport but none stands out, or null. */
export function sportOfText(text: string, section: string | null): Sport | null {
  const counts = new Map<Sport, number>();
  for (const match of text.toLowerCase().matchAll(ALL_WORDS)) {
    const sport = SPORT_OF_WORD.get(match[0])!;
    counts.set(sport, (counts.get(sport) ?? 0) + 1);
  }
  const kinds = Object.keys(SPORT_WORDS).map((sport) => ({ sport: sport as Sport, n: counts.get(sport as Sport) ?? 0 })).sort((a, b) => b.n - a.n);
  const general = counts.get('sport') ?? 0;
  const [best, next] = kinds;
  const clear = best!.n >= 2 && best!.n >= 2 * next!.n;
  // words like "victory" and "team" alone do not make a war report a sports story: a sport's own words must be there
  const sporty = (section !== null && /sport/i.test(section)) || (clear && general + best!.n >= 4);
  if (!sporty) return null;
  return clear ? best!.sport : 'sport';
}

export function sportOf(article: { title: string; section: string | null; blocks: ReadonlyArray<{ text: string }> }): Sport | null {
  return sportOfText([article.title, ...article.blocks.map((b) => b.text)].join('\n'), article.section);
}
