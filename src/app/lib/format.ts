// Display formatting, independent of the reader's locale and time zone so every reader sees the same date.
import type { EntityType } from '../../shared/schema.ts';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "2022-09-19" → "19 September 2022"; anything else is returned unchanged. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return iso;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** The date line of an article: the full date when known, else the text's own words, else nothing. */
export function dateLabel(date: string | null, dateText?: string | null): string | null {
  if (date) return formatDate(date);
  return dateText ?? null;
}

/** A count as readers write it: 1,200. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-GB');
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

export const typeOrder: readonly EntityType[] = ['person', 'organization', 'place', 'event', 'other'];

export const typeGroupLabel: Record<EntityType, string> = {
  person: 'People',
  organization: 'Organisations',
  place: 'Places',
  event: 'Events',
  other: 'Other',
};

export const typeLabel: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organisation',
  place: 'Place',
  event: 'Event',
  other: 'Other',
};

/** Groups items by entity type in reading order (people first), leaving out empty groups. */
export function groupByType<T extends { type: EntityType }>(items: readonly T[]): Array<[EntityType, T[]]> {
  return typeOrder
    .map((type): [EntityType, T[]] => [type, items.filter((item) => item.type === type)])
    .filter(([, group]) => group.length > 0);
}

/** Shortens long quotes for lists, at a word boundary. */
export function shorten(text: string, max = 140): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/u, '')}…`;
}

/** Newest first, undated after dated (in their given order): the index should already be so, this makes sure. */
export function newestFirst<T extends { date: string | null }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      if (a.item.date && b.item.date && a.item.date !== b.item.date) return a.item.date < b.item.date ? 1 : -1;
      if (!a.item.date !== !b.item.date) return a.item.date ? -1 : 1;
      return a.index - b.index;
    })
    .map(({ item }) => item);
}
