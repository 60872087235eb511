import { describe, expect, it } from 'vitest';
import { filesPerRun, includedFolders, includeVariable, partitionFolders } from './contentlayer-parts';

const files = (folder: string, share: number) => Array.from({ length: share * filesPerRun }, (_, i) => `releases/${folder}/2024-01-01-r${i}.md`);

describe('partitionFolders', () => {
  it('gives each language folder its own run on two cores', () => {
    expect(partitionFolders([...files('en', 10), ...files('zh', 9)], 2)).toEqual([['releases/en'], ['releases/zh']]);
  });

  it('runs once over an archive too small to share', () => {
    expect(partitionFolders([...files('en', 0.6), ...files('zh', 0.6)], 2)).toEqual([[]]);
  });

  it('runs once over everything on one core or with one folder', () => {
    expect(partitionFolders([...files('en', 10), ...files('zh', 9)], 1)).toEqual([[]]);
    expect(partitionFolders(files('en', 10), 4)).toEqual([[]]);
    expect(partitionFolders([], 2)).toEqual([[]]);
  });

  it('keeps a file that sits directly in releases/ by running once over everything', () => {
    expect(partitionFolders([...files('en', 10), ...files('zh', 9), 'releases/stray.md'], 2)).toEqual([[]]);
  });

  it('balances more folders than cores, every folder in exactly one group', () => {
    const groups = partitionFolders([...files('en', 10), ...files('zh', 6), ...files('ms', 5), ...files('ta', 2)], 2);
    expect(groups).toEqual([['releases/en', 'releases/ta'], ['releases/ms', 'releases/zh']]);
  });

  it('counts files in nested folders towards their top folder', () => {
    const nested = [...files('en', 1).map((file) => file.replace('/en/', '/en/2024/')), ...files('zh', 1).map((file) => file.replace('/zh/', '/zh/2025/'))];
    expect(partitionFolders(nested, 8)).toEqual([['releases/en'], ['releases/zh']]);
  });
});

describe('includedFolders', () => {
  it('reads the folders a run was given, and none means all', () => {
    expect(includedFolders({ [includeVariable]: 'releases/en,releases/ta' })).toEqual(['releases/en', 'releases/ta']);
    expect(includedFolders({})).toEqual([]);
  });
});
