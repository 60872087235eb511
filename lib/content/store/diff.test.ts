import { describe, expect, it } from 'vitest';
import { diffOutputs } from './write';

describe('diffOutputs', () => {
  it('names each changed, added and removed path once, in the order of its side', () => {
    const before = { '/en/': 'a', '/en/a/': 'b', '/en/gone/': 'c', '/zh/': 'd' };
    const after = { '/en/': 'a', '/en/a/': 'B', '/zh/': 'D', '/en/new/': 'e' };
    expect(diffOutputs(before, after)).toEqual({ changed: ['/en/a/', '/zh/'], added: ['/en/new/'], removed: ['/en/gone/'] });
  });

  it('finds nothing between equal maps, and everything against an empty one', () => {
    const site = { '/en/': 'a', '/zh/': 'b' };
    expect(diffOutputs(site, { ...site })).toEqual({ changed: [], added: [], removed: [] });
    expect(diffOutputs({}, site)).toEqual({ changed: [], added: ['/en/', '/zh/'], removed: [] });
    expect(diffOutputs(site, {})).toEqual({ changed: [], added: [], removed: ['/en/', '/zh/'] });
  });

  it('with the paths a publish fingerprinted again, looks at those only', () => {
    const before = { '/en/': 'a', '/en/a/': 'b', '/en/gone/': 'c', '/zh/': 'd' };
    const after = { '/en/': 'a', '/en/a/': 'B', '/zh/': 'D', '/en/new/': 'e' };
    expect(diffOutputs(before, after, ['/en/a/', '/en/gone/', '/en/new/', '/en/a/'])).toEqual({ changed: ['/en/a/'], added: ['/en/new/'], removed: ['/en/gone/'] });
  });
});
