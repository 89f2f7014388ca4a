// An actor's roles kept as spans: per (title, affiliation) only the earliest and the latest dated sighting, so a
// person seen in thousands of articles under one title carries two role entries, not thousands. Internal to the
// registry.

import type { ActorRole } from "../../../graph-schema/index.ts";

interface RoleSpan {
  earliest: ActorRole;
  latest: ActorRole;
}

/** Map key of a (title, affiliation) pair; actor ids are never empty, so "\u0001" cannot collide with one. */
const spanKey = (role: ActorRole): string => `${role.title}\u0000${role.affiliation ?? "\u0001"}`;

/**
 * The first and last sighting of each (title, affiliation), as the viewer's role spans and the Neo4j role
 * loader (earliest date with its article) read them. A dated sighting beats an undated one; on equal dates the
 * one seen first stays. Constant time per sighting.
 */
export class RoleSpans {
  /** Key → span, in order of the key's first sighting. */
  private readonly spans = new Map<string, RoleSpan>();

  /** Records one sighting; true when it became the earliest or the latest of its (title, affiliation). */
  add(role: ActorRole): boolean {
    const key = spanKey(role);
    const span = this.spans.get(key);
    if (!span) {
      this.spans.set(key, { earliest: role, latest: role });
      return true;
    }
    if (role.date === null) return false;
    let changed = false;
    if (span.earliest.date === null || role.date < span.earliest.date) {
      span.earliest = role;
      changed = true;
    }
    if (span.latest.date === null || role.date > span.latest.date) {
      span.latest = role;
      changed = true;
    }
    return changed;
  }

  /** The roles to keep, per (title, affiliation) in order of first sighting: earliest, then latest if it differs. */
  roles(): ActorRole[] {
    const roles: ActorRole[] = [];
    for (const { earliest, latest } of this.spans.values()) {
      roles.push(earliest);
      if (latest !== earliest) roles.push(latest);
    }
    return roles;
  }
}
