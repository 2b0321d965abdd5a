/**
 * The two sides of a diff: a file in the working tree, or `rev:path` read from git with
 * `git show` (no shell). A git side reads the files it extends from the same revision.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { diagnostic, UnusableInputError } from '../diagnostics.js';
import { loadVersion, revisionSeparator, type SpecVersion } from './version.js';

const run = promisify(execFile);

export interface Side {
  /** as the user wrote it, and the file name positions are shown under */
  label: string;
  revision?: string;
  /** path relative to the repository root for a git side, or as given for a file */
  path: string;
}

export function parseSide(argument: string): Side {
  const colon = revisionSeparator(argument);
  if (colon < 0) return { label: argument, path: argument };
  const revision = argument.slice(0, colon);
  const inRepo = argument.slice(colon + 1).replace(/^\.\//, '');
  return { label: `${revision}:${inRepo}`, revision, path: inRepo };
}

/** Reads one side's text; a missing file or revision is unusable input (exit 2). */
export async function readSide(side: Side, cwd: string): Promise<string> {
  if (side.revision === undefined) {
    try {
      return await readFile(path.resolve(cwd, side.path), 'utf8');
    } catch {
      throw new UnusableInputError([
        diagnostic('diff-file-unreadable', `Could not read ${side.path}; check the file name (or write rev:path for a git revision).`),
      ]);
    }
  }
  return gitShow(side.revision, side.path, cwd);
}

export async function loadSide(side: Side, cwd: string): Promise<SpecVersion> {
  const text = await readSide(side, cwd);
  return loadVersion(side.label, text, (file) => readSide(parseSide(file), cwd));
}

async function gitShow(revision: string, inRepo: string, cwd: string): Promise<string> {
  const root = await repositoryRoot(cwd);
  // `git show rev:path` takes paths from the repository root; `rev:./path` would be relative to cwd
  const fromRoot = path.relative(root, path.resolve(cwd, inRepo)).split(path.sep).join('/');
  try {
    const { stdout } = await run('git', ['show', `${revision}:${fromRoot}`], { cwd, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch {
    throw new UnusableInputError([
      diagnostic(
        'diff-git-unreadable',
        `Could not read ${inRepo} at git revision ${revision}; check that the revision exists (git fetch it first) and that the file is in it.`,
      ),
    ]);
  }
}

async function repositoryRoot(cwd: string): Promise<string> {
  try {
    const { stdout } = await run('git', ['rev-parse', '--show-toplevel'], { cwd });
    return stdout.trim();
  } catch {
    throw new UnusableInputError([
      diagnostic('diff-not-a-repository', `${cwd} is not inside a git repository, so rev:path sides and --base cannot be read.`),
    ]);
  }
}

export interface ChangedSpec {
  /** path from the current directory */
  path: string;
  old?: Side;
  new?: Side;
}

/**
 * Every spec under specs/ that differs between `base` and the working tree, including added and
 * removed files. A renamed spec file shows as one removed and one added.
 */
export async function changedSpecs(base: string, cwd: string): Promise<ChangedSpec[]> {
  const root = await repositoryRoot(cwd);
  let listing: string;
  try {
    const { stdout } = await run('git', ['diff', '--name-status', '--no-renames', base, '--', 'specs'], { cwd: root });
    listing = stdout;
  } catch {
    throw new UnusableInputError([
      diagnostic('diff-git-unreadable', `Could not compare with git revision ${base}; check that it exists (in a workflow, check out with fetch-depth: 0).`),
    ]);
  }
  const untracked = (await run('git', ['ls-files', '--others', '--exclude-standard', '--', 'specs'], { cwd: root })).stdout;
  const entries: { status: string; file: string }[] = [
    ...listing.split('\n').filter(Boolean).map((line) => {
      const [status, file] = line.split('\t');
      return { status: status[0], file };
    }),
    ...untracked.split('\n').filter(Boolean).map((file) => ({ status: 'A', file })),
  ];
  return entries
    .filter(({ file }) => /\.ya?ml$/.test(file))
    .sort((a, b) => a.file.localeCompare(b.file))
    .map(({ status, file }) => {
      const local = path.relative(cwd, path.join(root, file)).split(path.sep).join('/');
      const old: Side = { label: `${base}:${local}`, revision: base, path: local };
      const current: Side = { label: local, path: local };
      if (status === 'A') return { path: local, new: current };
      if (status === 'D') return { path: local, old };
      return { path: local, old, new: current };
    });
}
