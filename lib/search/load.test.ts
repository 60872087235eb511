import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadJson } from './load';

afterEach(() => vi.unstubAllGlobals());

describe('loadJson', () => {
  it('fetches a file once for every caller', async () => {
    const fetch = vi.fn(async () => Response.json({ ok: 1 }));
    vi.stubGlobal('fetch', fetch);
    const [a, b] = await Promise.all([loadJson('/once.json'), loadJson('/once.json')]);
    expect(a).toEqual({ ok: 1 });
    expect(b).toBe(a);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('does not keep a failure: the next call retries', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(new Response('busy', { status: 503 }))
      .mockRejectedValueOnce(new TypeError('offline'))
      .mockResolvedValueOnce(Response.json({ terms: [] }));
    vi.stubGlobal('fetch', fetch);
    await expect(loadJson('/retry.json')).rejects.toThrow('HTTP 503');
    await expect(loadJson('/retry.json')).rejects.toThrow('offline');
    await expect(loadJson('/retry.json')).resolves.toEqual({ terms: [] });
    expect(fetch).toHaveBeenCalledTimes(3);
  });
});
