// Splits a sentence into plain and highlighted pieces from the subject/verb/object character ranges, for the
// evidence panel. Pure: ranges that overlap, fall outside the sentence or are empty are clipped or dropped.

import type { CharRange } from "../../graph-schema/index.ts";

export const HIGHLIGHT_ROLES = ["subject", "verb", "object"] as const;
export type HighlightRole = (typeof HIGHLIGHT_ROLES)[number];

export interface HighlightSegment {
  text: string;
  role: HighlightRole | null;
}

/** Pieces of `sentence` in order; concatenating their texts gives the sentence back. */
export function highlightSegments(
  sentence: string,
  ranges: Readonly<Record<HighlightRole, CharRange>>,
): HighlightSegment[] {
  const marks = HIGHLIGHT_ROLES.map((role) => ({
    role,
    start: Math.max(0, Math.min(ranges[role][0], sentence.length)),
    end: Math.max(0, Math.min(ranges[role][1], sentence.length)),
  }))
    .filter((mark) => mark.end > mark.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: HighlightSegment[] = [];
  let cursor = 0;
  for (const mark of marks) {
    const start = Math.max(mark.start, cursor);
    if (start >= mark.end) continue;
    if (start > cursor) segments.push({ text: sentence.slice(cursor, start), role: null });
    segments.push({ text: sentence.slice(start, mark.end), role: mark.role });
    cursor = mark.end;
  }
  if (cursor < sentence.length) segments.push({ text: sentence.slice(cursor), role: null });
  return segments;
}
