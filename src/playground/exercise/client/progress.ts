/**
 * A reader's progress on each exercise, per page language, kept in this browser: whether
 * the last Check passed every check, how many hints are shown, whether the solution was
 * asked for, and the reader's own code it replaced. Every change is announced on the document, so the table of contents and the
 * sidebar mark solved exercises as it happens.
 */
import { local, readItem, writeItem } from '../../client/storage';

export interface Progress {
  solved?: boolean;
  hints?: number;
  solution?: boolean;
  /** The reader's code when they asked for the solution, for "Back to my code". */
  mine?: string;
}

/** The event every change of progress dispatches on the document (detail: the exercise id). */
export const PROGRESS_EVENT = 'ag-exercise-progress';

export const progressKey = (lang: string, id: string) => `ag-exercise:${lang}:${id}`;

export function readProgress(lang: string, id: string): Progress {
  try {
    const value: unknown = JSON.parse(readItem(local, progressKey(lang, id)) ?? '{}');
    return typeof value === 'object' && value !== null ? (value as Progress) : {};
  } catch {
    return {};
  }
}

/** Merges `change` into exercise `id`'s progress (an `undefined` field is dropped); `null` forgets it all. */
export function writeProgress(lang: string, id: string, change: Progress | null): void {
  const next = change && { ...readProgress(lang, id), ...change };
  writeItem(local, progressKey(lang, id), next ? JSON.stringify(next) : null);
  document.dispatchEvent(new CustomEvent(PROGRESS_EVENT, { detail: id }));
}

/** How many of these exercises are solved. */
export const solvedCount = (lang: string, ids: readonly string[]) => ids.filter((id) => readProgress(lang, id).solved).length;
