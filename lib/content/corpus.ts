import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { topics as TOPICS } from '../site/topics';

/**
 * A deterministic synthetic corpus in the CMS export format. Shared by the
 * corpus script and the benchmarks. Text is assembled from neutral phrases
 * and labelled synthetic in every title and body.
 */

/** mulberry32: a small, well-known seeded PRNG, so a seed always gives the same corpus (and a randomized test the same cases). */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}


const EN_SUBJECTS = ['Digital Skills Programme', 'Smart City Pilot', 'Cybersecurity Framework', 'Green Data Centre Roadmap', 'Online Safety Code', 'AI Governance Guide', 'Broadband Upgrade', 'Media Literacy Campaign', 'Tech Talent Scheme', 'Data Sharing Agreement'];
const EN_VERBS = ['Launches', 'Expands', 'Updates', 'Announces', 'Reviews', 'Strengthens', 'Opens', 'Extends'];
const ZH_SUBJECTS = ['数码技能计划', '智慧城市试点', '网络安全框架', '绿色数据中心路线图', '网络安全守则', '人工智能治理指南', '宽带升级', '媒体素养运动', '科技人才计划', '数据共享协议'];
const ZH_VERBS = ['推出', '扩展', '更新', '宣布', '检讨', '加强', '开放', '延长'];
const EN_SENTENCES = [
  'The programme will be rolled out in phases over the next two years.',
  'Industry partners and community groups were consulted during the review.',
  'More details will be shared on the agency website in the coming weeks.',
  'Members of the public may send feedback through the usual channels.',
  'The initiative builds on earlier work with enterprises of all sizes.',
  'Applications will be assessed on their merits and expected outcomes.',
  'The agency thanks all stakeholders for their contributions.',
];
const ZH_SENTENCES = [
  '该计划将在未来两年内分阶段推行。',
  '检讨期间，当局咨询了业界伙伴和社区团体。',
  '更多详情将在未来几周内公布于当局网站。',
  '公众可通过一般渠道提供反馈。',
  '这项举措建立在与各类企业以往合作的基础上。',
  '当局将根据申请的价值和预期成果进行评估。',
  '当局感谢所有利益相关方的贡献。',
];

export type CorpusFile = { locale: 'en' | 'zh'; name: string; text: string };

const pick = <T>(rand: () => number, list: readonly T[]) => list[Math.floor(rand() * list.length)]!;

function paragraphs(rand: () => number, sentences: readonly string[], count: number): string {
  return Array.from({ length: count }, () => `<p>${Array.from({ length: 3 + Math.floor(rand() * 3) }, () => pick(rand, sentences)).join(' ')}</p>`).join('\n');
}

function frontMatter(fields: Record<string, string | string[]>): string {
  const lines = Object.entries(fields).map(([key, value]) =>
    Array.isArray(value) ? `${key}:\n${value.map((item) => `  - ${item}`).join('\n')}` : `${key}: ${JSON.stringify(value)}`,
  );
  return `---\n${lines.join('\n')}\n---\n`;
}

export function* generateCorpus(count: number, seed = 42): Generator<CorpusFile> {
  const rand = seededRandom(seed);
  const start = Date.UTC(2019, 0, 1);
  const span = Date.UTC(2024, 11, 31) - start;
  for (let index = 1; index <= count; index += 1) {
    const day = new Date(start + Math.floor(rand() * span)).toISOString().slice(0, 10);
    const subject = Math.floor(rand() * EN_SUBJECTS.length);
    const verb = Math.floor(rand() * EN_VERBS.length);
    const topics = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(rand, TOPICS)))];
    const slug = `synthetic-release-${String(index).padStart(5, '0')}`;
    const permalink = `/media-centre/press-releases/${slug}/`;
    const bodyLength = 4 + Math.floor(rand() * 6);
    const attachment = rand() < 0.05 ? `/files/Press Releases ${day.slice(0, 4)}/Annex ${index}.pdf` : undefined;
    const englishOnly = rand() < 0.1;

    const enTitle = `[Synthetic ${index}] ${EN_SUBJECTS[subject]} ${EN_VERBS[verb]} ${day.slice(0, 4)} Plan`;
    yield {
      locale: 'en',
      name: `${day}-${slug}.md`,
      text:
        frontMatter({ title: enTitle, permalink, date: day, layout: 'post', description: `Synthetic benchmark text about the ${EN_SUBJECTS[subject]}.`, image: '', variant: 'tiptap', topics }) +
        `<p><strong>Synthetic text for benchmarks; not a real press release.</strong></p>\n${paragraphs(rand, EN_SENTENCES, bodyLength)}\n` +
        (attachment ? `<p>See <a href="${attachment}" target="_blank">the annex</a>.</p>\n` : ''),
    };
    if (englishOnly) continue;
    const zhTitle = `【测试数据 ${index}】${ZH_SUBJECTS[subject]}${ZH_VERBS[verb]}${day.slice(0, 4)}年计划`;
    yield {
      locale: 'zh',
      name: `${day}-${slug}.md`,
      text:
        frontMatter({ title: zhTitle, permalink, date: day, layout: 'post', description: `关于${ZH_SUBJECTS[subject]}的测试文本。`, image: '', variant: 'tiptap', topics }) +
        `<p><strong>本文为基准测试生成的合成文本，并非真实新闻稿。</strong></p>\n${paragraphs(rand, ZH_SENTENCES, bodyLength)}\n` +
        (attachment ? `<p>请参阅<a href="${attachment}" target="_blank">附件</a>。</p>\n` : ''),
    };
  }
}

/** Writes a generated corpus as a CMS export folder (`<out>/releases/<locale>/…`), replacing any earlier one. Returns the number of files. */
export function writeCorpus(out: string, count: number, seed = 42): number {
  rmSync(path.join(out, 'releases'), { recursive: true, force: true });
  let files = 0;
  for (const file of generateCorpus(count, seed)) {
    const target = path.join(out, 'releases', file.locale, file.name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text);
    files += 1;
  }
  return files;
}
