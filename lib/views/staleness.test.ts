import { describe, expect, it } from 'vitest';
import { metasOf, modelOf, type ReleaseSpec } from '../testing/corpus';
import { releaseView, staleness } from './release';

const en = (fields: Partial<ReleaseSpec> = {}): ReleaseSpec => ({ slug: 'pair', locale: 'en', date: '2024-03-01 10:00', ...fields });
const zh = (fields: Partial<ReleaseSpec> = {}): ReleaseSpec => ({ slug: 'pair', locale: 'zh', date: '2024-03-01 10:00', ...fields });

async function staleOf(specs: ReleaseSpec[]) {
  const model = modelOf(await metasOf(specs));
  const of = (locale: 'en' | 'zh') => staleness(model, model.release(locale, 'pair')!);
  return { en: of('en'), zh: of('zh'), model };
}

describe('staleness: the other version changed after this one', () => {
  it('flags the English version when the Chinese one was updated later, with the update and its note', async () => {
    const { en: stale, zh: fresh } = await staleOf([en(), zh({ updated: '2024-03-05 09:30', change_note: '更正了日期。' })]);
    expect(stale).toEqual({
      locale: 'zh',
      slug: 'pair',
      updated: { day: '2024-03-05', time: '09:30', iso: '2024-03-05T09:30:00+08:00' },
      note: '更正了日期。',
    });
    expect(fresh).toBeUndefined();
  });

  it('flags the Chinese version the other way round', async () => {
    const { en: fresh, zh: stale } = await staleOf([en({ updated: '2024-03-02', change_note: 'Corrected a figure.' }), zh()]);
    expect(stale).toMatchObject({ locale: 'en', note: 'Corrected a figure.', updated: { day: '2024-03-02' } });
    expect(fresh).toBeUndefined();
  });

  it('compares with this version’s last change, not its publication', async () => {
    // Chinese updated on the 5th, English updated again on the 6th: English has caught up; Chinese lags.
    const { en: fresh, zh: stale } = await staleOf([
      en({ updated: '2024-03-06', change_note: 'Brought in line with the Chinese text.' }),
      zh({ updated: '2024-03-05', change_note: '更正。' }),
    ]);
    expect(fresh).toBeUndefined();
    expect(stale).toMatchObject({ locale: 'en', note: 'Brought in line with the Chinese text.' });
  });

  it('says nothing when the other version’s update came before this one was published, or at the same moment', async () => {
    const before = await staleOf([en({ date: '2024-03-10' }), zh({ date: '2024-03-01', updated: '2024-03-05', change_note: '更正。' })]);
    expect(before.en).toBeUndefined();
    const same = await staleOf([en({ updated: '2024-03-05 12:00', change_note: 'Fix.' }), zh({ updated: '2024-03-05 12:00', change_note: '更正。' })]);
    expect([same.en, same.zh]).toEqual([undefined, undefined]);
  });

  it('says nothing when neither was updated, or without a translation', async () => {
    expect(await staleOf([en(), zh({ date: '2024-03-09' })])).toMatchObject({ en: undefined, zh: undefined });
    const model = modelOf(await metasOf([en({ updated: '2024-03-05', change_note: 'Fix.' })]));
    expect(staleness(model, model.release('en', 'pair')!)).toBeUndefined();
  });

  it('carries the newest change’s note when the other version has a history of updates', async () => {
    const { en: stale } = await staleOf([
      en(),
      zh({
        updated: '2024-03-03',
        change_note: '第一次更正。',
        history: [{ updated: '2024-03-08', change_note: '第二次更正。' }],
      }),
    ]);
    expect(stale).toMatchObject({ note: '第二次更正。', updated: { day: '2024-03-08' } });
  });

  it('is what the release page’s view shows', async () => {
    const { model } = await staleOf([en(), zh({ updated: '2024-03-05', change_note: '更正。' })]);
    const view = releaseView(model, 'en', 'pair');
    expect(view?.kind === 'release' && view.stale).toMatchObject({ locale: 'zh', note: '更正。' });
    const other = releaseView(model, 'zh', 'pair');
    expect(other?.kind === 'release' && 'stale' in other).toBe(false);
  });
});
