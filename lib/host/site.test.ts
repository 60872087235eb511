import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildModel } from '../content/model';
import { storeFiles } from '../content/store/location';
import { indexLoads, storeFileStamp } from '../content/store/read';
import { readIndex, updateStore } from '../content/store/write';
import { siteOutputs } from '../routes/outputs';
import { readSpecs, type ReleaseSpec } from '../testing/corpus';
import { currentHostSite, hostSite } from './site';

const dir = mkdtempSync(path.join(tmpdir(), 'ut-host-site-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const specs: ReleaseSpec[] = [
  { slug: 'smart-city', date: '2024-03-01', title: 'Smart city pilot' },
  { slug: 'smart-city', locale: 'zh', date: '2024-03-01', title: '智慧城市试点' },
  { slug: 'broadband', date: '2024-04-01', title: 'Broadband upgrade', permalink: '/news/2024/broadband/' },
];
const page = (locale: string, slug: string) => `/${locale}/media-centre/press-releases/${slug}/`;

describe("the proxy's host site, read from what a publish wrote", () => {
  it('answers as the model does, and follows a publish without building a model', async () => {
    updateStore(dir, { records: await readSpecs(specs), replaceAll: true });
    const model = buildModel(readIndex(dir)!);
    const loads = indexLoads();
    const site = currentHostSite(dir)!;
    const fromModel = hostSite(model);
    for (const { path: url } of siteOutputs(model)) expect(site.has(url), url).toBe(true);
    expect(site.has(page('en', 'fibre'))).toBe(false);
    for (const permalink of ['/news/2024/broadband/', '/media-centre/press-releases/smart-city/', '/nowhere/']) {
      expect(site.legacy(permalink), permalink).toEqual(fromModel.legacy(permalink));
    }
    expect(site.legacy('/media-centre/press-releases/smart-city/')?.locales).toEqual(['en', 'zh']);

    updateStore(dir, {
      records: await readSpecs([
        { slug: 'broadband', locale: 'zh', date: '2024-04-01', title: '宽带升级', permalink: '/news/2024/broadband/' },
        { slug: 'fibre', date: '2024-05-01', title: 'Fibre to every home' },
      ]),
    });
    // The next request sees the new paths: no wait for a background look at the store.
    expect(currentHostSite(dir)!.has(page('en', 'fibre'))).toBe(true);
    expect(currentHostSite(dir)!.legacy('/news/2024/broadband/')?.locales).toEqual(['en', 'zh']);
    expect(indexLoads(), 'no index parsed, no model built').toBe(loads);

    // A correction changes no path and no permalink: host.json stays as it was, and no server parses it again.
    const stamp = storeFileStamp(storeFiles.host, dir);
    updateStore(dir, { records: await readSpecs([{ slug: 'fibre', date: '2024-05-01', title: 'Fibre to every home, corrected' }]) });
    expect(storeFileStamp(storeFiles.host, dir)).toBe(stamp);
    expect(currentHostSite(dir)!.has(page('en', 'fibre'))).toBe(true);
  });
});
