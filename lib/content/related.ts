import type { Topic } from '../site/topics';

/** What the related-release rule needs of a release. */
export type RelatedCandidate = { id: string; topics: readonly Topic[]; time: number };

/** A release's topics as a key: releases with the same set share a group. */
export const groupKey = (item: RelatedCandidate) => [...item.topics].sort().join(',');

/**
 * "Related releases": most shared topics first, then nearest in time, then
 * the list order (`order`, a comparator: the listings' order). Comparing every release with every
 * other is quadratic (a tenth of a second per page at 10,000 releases), so
 * releases are grouped by their exact topic set; within a group sorted by
 * time, only the nearest few on each side of a release can make its top
 * `count`, and a group's shared-topic count is the same for all its members.
 */
export function relatedIndex<C extends RelatedCandidate>(items: readonly C[], order: (a: C, b: C) => number, topicKey: (item: C) => string = groupKey) {
  type Group = { topics: Set<Topic>; members: C[] };
  const groups = new Map<string, Group>();
  // Oldest first when `items` come newest first (the model's order): each group is then nearly sorted already.
  for (let at = items.length - 1; at >= 0; at -= 1) {
    const item = items[at]!;
    const key = topicKey(item);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { topics: new Set(item.topics), members: [] }));
    group.members.push(item);
  }
  for (const group of groups.values()) group.members.sort((a, b) => a.time - b.time || order(a, b));

  const better = (at: number) => (a: C, b: C) => Math.abs(a.time - at) - Math.abs(b.time - at) || order(a, b);

  /** Members of a sorted group nearest to `at`: `count` on each side, plus any tied with the last taken. */
  function nearest(members: C[], at: number, count: number, skip: string): C[] {
    let low = 0;
    let high = members.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (members[mid]!.time < at) low = mid + 1;
      else high = mid;
    }
    const taken: C[] = [];
    for (const step of [-1, 1]) {
      let index = step < 0 ? low - 1 : low;
      let kept = 0;
      let lastDistance = -1;
      while (index >= 0 && index < members.length) {
        const member = members[index]!;
        const distance = Math.abs(member.time - at);
        if (kept >= count && distance !== lastDistance) break;
        if (member.id !== skip) {
          taken.push(member);
          kept += 1;
          lastDistance = distance;
        }
        index += step;
      }
    }
    return taken;
  }

  return function related(item: RelatedCandidate, count = 3): string[] {
    const byShared = new Map<number, Group[]>();
    for (const group of groups.values()) {
      const shared = item.topics.filter((topic) => group.topics.has(topic)).length;
      byShared.set(shared, [...(byShared.get(shared) ?? []), group]);
    }
    const chosen: string[] = [];
    for (const shared of [...byShared.keys()].sort((a, b) => b - a)) {
      const candidates = byShared.get(shared)!.flatMap((group) => nearest(group.members, item.time, count, item.id));
      candidates.sort(better(item.time));
      for (const candidate of candidates) {
        if (chosen.length === count) return chosen;
        chosen.push(candidate.id);
      }
      if (chosen.length === count) return chosen;
    }
    return chosen;
  };
}
