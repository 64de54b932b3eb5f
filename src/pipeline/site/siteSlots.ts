// Two folders take turns holding the site (double buffering), so a rebuild touches only what changed: the site
// path is a symbolic link to the slot being served; a build brings the other slot — which holds the site as it was
// two builds ago — up to date file by file, then switches the link with one rename. Readers see the old site or
// the new one, never a mix; a build killed at any moment leaves the served slot as it was, and the slot it was
// writing is marked unknown (its record is deleted before the first change), so the next build fills it afresh.
import { lstat, mkdir, readFile, readlink, rename, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { filesUnder, inPool, linkOrCopy } from './folderFiles.ts';

/** What a slot holds, recorded once it is complete: every file put there by key, so the next build can keep it. */
export interface SlotRecord {
  /** The key every page shares (the app build, the build code, the head options). */
  build: string;
  /** The app build's key (appBuild.ts) and the files it put in the slot. */
  app: { key: string; files: string[] };
  /** Each page's key (the identity of its data). */
  pages: Record<string, string>;
  /** Each article's quote preview pages, kept with its page. */
  quotes: Record<string, string[]>;
  /** Each data file in the slot (path under data/) and its identity. */
  data: Record<string, string>;
}

const SLOTS = ['a', 'b'] as const;
type Slot = (typeof SLOTS)[number];

const slotsFolder = (workDir: string) => join(workDir, 'sites');
const recordFile = (workDir: string, slot: Slot) => join(slotsFolder(workDir), `${slot}.json`);

async function readRecord(workDir: string, slot: Slot): Promise<SlotRecord | null> {
  try {
    return JSON.parse(await readFile(recordFile(workDir, slot), 'utf8')) as SlotRecord;
  } catch {
    return null;
  }
}

/** The slot `out` links to now, or null (no site yet, or a plain folder from before slots). */
async function servedSlot(out: string, workDir: string): Promise<Slot | null> {
  const info = await lstat(out).catch(() => null);
  if (!info?.isSymbolicLink()) return null;
  const target = resolve(dirname(out), await readlink(out));
  return SLOTS.find((slot) => target === join(slotsFolder(workDir), slot)) ?? null;
}

export interface SlotPlan {
  /** The folder being brought up to date. */
  folder: string;
  /** What it holds (empty when unknown: it was emptied). */
  holds: SlotRecord | null;
  /** The site being served, and its record: where unchanged files can be linked from. */
  served: { folder: string; record: SlotRecord | null } | null;
  slot: Slot;
}

/**
 * Picks the slot to write (the one not served) and forgets its record before anything in it changes. A slot
 * without a record is emptied.
 */
export async function openSlot(out: string, workDir: string): Promise<SlotPlan> {
  const site = resolve(out);
  const served = await servedSlot(site, workDir);
  const slot: Slot = served === 'a' ? 'b' : 'a';
  const folder = join(slotsFolder(workDir), slot);
  const recorded = await readRecord(workDir, slot);
  const holds = recorded && (await lstat(folder).catch(() => null))?.isDirectory() ? recorded : null;
  await rm(recordFile(workDir, slot), { force: true });
  if (!holds) await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const plainFolder = served === null && (await lstat(site).catch(() => null))?.isDirectory();
  return {
    folder,
    holds,
    served: served ? { folder: join(slotsFolder(workDir), served), record: await readRecord(workDir, served) } : plainFolder ? { folder: site, record: null } : null,
    slot,
  };
}

/** Records what the slot now holds, then switches `out` to it atomically. */
export async function serveSlot(out: string, workDir: string, plan: SlotPlan, record: SlotRecord): Promise<void> {
  await writeFile(recordFile(workDir, plan.slot), JSON.stringify(record));
  const site = resolve(out);
  const parent = dirname(site);
  await mkdir(parent, { recursive: true });
  const info = await lstat(site).catch(() => null);
  let retired: string | null = null;
  if (info && !info.isSymbolicLink()) {
    // a site folder from before slots: moved aside once so the link can take its place
    retired = join(workDir, 'retired');
    await rm(retired, { recursive: true, force: true });
    await rename(site, retired);
  }
  const link = join(parent, `.${basename(site)}.link-${process.pid}`);
  await unlink(link).catch(() => undefined);
  await symlink(relative(parent, plan.folder), link, 'dir');
  await rename(link, site);
  if (retired) await rm(retired, { recursive: true, force: true });
  await fillOtherSlot(workDir, plan, record);
}

/**
 * After a build that found the other slot empty or unknown (a first build, or one after a killed build), that slot
 * becomes a hard-linked copy of the one just served, so the next build changes only what changed there too.
 */
async function fillOtherSlot(workDir: string, plan: SlotPlan, record: SlotRecord): Promise<void> {
  const other: Slot = plan.slot === 'a' ? 'b' : 'a';
  if (await readRecord(workDir, other)) return;
  const folder = join(slotsFolder(workDir), other);
  await rm(folder, { recursive: true, force: true });
  await linkTree(plan.folder, folder);
  await writeFile(recordFile(workDir, other), JSON.stringify(record));
}

/** Every file under `from` hard-linked (or copied, across devices) at the same place under `to`. */
async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  await inPool(filesUnder(from), (path) => linkOrCopy(join(from, path), join(to, path)));
}
