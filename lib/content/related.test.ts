import { describe, expect, it } from 'vitest';
import { topics as allTopics, type Topic } from '../site/topics';
import { dayAfter, metasOf, modelOf, seededRandom, type ReleaseSpec } from '../testing/corpus';
import { releaseId } from './record';
import { relatedIndex, type RelatedCandidate } from './related';

/** The rule as written, compared with every other release: what the grouped index must return. */
function naiveRelated(items: readonly RelatedCandidate[], rank: (id: string) => number, item: RelatedCandidate, count: number) {
  const shared = (other: RelatedCandidate) => other.topics.filter((topic) => item.topics.includes(topic)).length;
  return items
    .filter((other) => other.id !== item.id)
    .sort((a, b) => shared(b) - shared(a) || Math.abs(a.time - item.time) - Math.abs(b.time - item.time) || rank(a.id) - rank(b.id))
    .slice(0, count)
    .map((other) => other.id);
}

const DAY = 86_400_000;

/**
 * A random corpus made to hit the index's corners: few distinct days (many
 * releases on the same day, at the same distance on both sides), few topics
 * (many identical and single-topic sets, and releases with none).
 */
function randomCorpus(seed: number) {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const size = 1 + Math.floor(random() * 60);
  const days = 1 + Math.floor(random() * 12);
  const pool = allTopics.slice(0, 1 + Math.floor(random() * 4));
  const items: RelatedCandidate[] = Array.from({ length: size }, (_, n) => {
    const topicCount = pick([0, 0, 1, 1, 1, 2, 3]);
    const topics = [...new Set(Array.from({ length: topicCount }, () => pick(pool)))] as Topic[];
    return { id: `r${n}`, topics, time: Math.floor(random() * days) * DAY };
  });
  // The list order: a permutation, as the model's newest-first order is for the index.
  const order = items.map((item) => item.id).sort(() => random() - 0.5);
  const rank = new Map(order.map((id, index) => [id, index]));
  return { items, rank: (id: string) => rank.get(id)! };
}

describe('related releases', () => {
  it('returns exactly what comparing with every release returns, on 400 random corpora', () => {
    let compared = 0;
    for (let seed = 1; seed <= 400; seed += 1) {
      const { items, rank } = randomCorpus(seed);
      const related = relatedIndex(items, (a, b) => rank(a.id) - rank(b.id));
      for (const item of items) {
        for (const count of [1, 3, 5]) {
          expect(related(item, count), `seed ${seed}, ${item.id}, count ${count}`).toEqual(naiveRelated(items, rank, item, count));
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(20_000);
  });

  it('breaks ties of topics and time by the list order, and never returns the release itself', () => {
    const items: RelatedCandidate[] = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, topics: ['ai'], time: 0 }));
    const rank = (id: string) => ['e', 'c', 'a', 'd', 'b'].indexOf(id);
    expect(relatedIndex(items, (a, b) => rank(a.id) - rank(b.id))(items[0]!, 3)).toEqual(['e', 'c', 'd']);
  });

  it('prefers more shared topics over nearness, and fills up with releases sharing none', () => {
    const items: RelatedCandidate[] = [
      { id: 'me', topics: ['ai', 'talent'], time: 10 * DAY },
      { id: 'near-none', topics: [], time: 10 * DAY },
      { id: 'far-both', topics: ['talent', 'ai'], time: 0 },
      { id: 'near-one', topics: ['ai'], time: 11 * DAY },
    ];
    expect(relatedIndex(items, (a, b) => items.indexOf(a) - items.indexOf(b))(items[0]!, 3)).toEqual(['far-both', 'near-one', 'near-none']);
  });

  it('is what the site model serves, ranked by the list order (newest first, then title)', async () => {
    const random = seededRandom(7);
    const specs: ReleaseSpec[] = Array.from({ length: 40 }, (_, n) => ({
      slug: `release-${n}`,
      // Titles out of slug order, so the list's title tie-break is visible on same-day releases.
      title: `Release ${String.fromCharCode(97 + ((n * 7) % 26))}${n}`,
      date: dayAfter('2024-01-01', Math.floor(random() * 6)),
      topics: allTopics.slice(0, 3).filter(() => random() < 0.4),
    }));
    const model = modelOf(await metasOf(specs));
    const list = model.releases('en');
    const items = list.map((release) => ({ id: releaseId(release), topics: release.topics, time: Date.parse(release.published.iso) }));
    const rank = (id: string) => list.findIndex((release) => releaseId(release) === id);
    for (const [index, release] of list.entries()) {
      expect(model.related(release).map(releaseId)).toEqual(naiveRelated(items, rank, items[index]!, 3));
    }
  });
});
