import type { Locale } from '../../i18n/locales';

/**
 * Who publishes this media centre: everything that names, shows or lets a
 * reader contact the agency. Another agency (or government) changes this
 * file, `public/agency/`, and nothing in components.
 */

type Localized = Record<Locale, string>;

export type Organisation = {
  name: Localized;
  /** Acronym or short form, shown where space is tight and in "MCI and IMDA". */
  shortName: Localized;
  url: string;
};

export type FooterLink = { key: 'contact' | 'feedback' | 'reportVulnerability' | 'privacy' | 'terms'; href: string };

export const agency = {
  id: 'mddi',
  name: { en: 'Ministry of Digital Development and Information', zh: '数码发展及新闻部' },
  shortName: { en: 'MDDI', zh: '数码发展及新闻部' },
  url: 'https://www.mddi.gov.sg',
  /** Square SVG in public/: the header, the print header and the cards show it. */
  logo: '/agency/logo.svg',
  /**
   * The official masthead above every page. `sg-gov` is Singapore's required
   * "A Singapore Government Agency Website" bar with its "How to identify"
   * panel; `null` for governments without one.
   */
  masthead: 'sg-gov' as 'sg-gov' | null,
  /** Brand colours: the header bar and the cards (AA contrast with white text). */
  colours: { brand: '#0b3d91', accent: '#f2b705' },
  /**
   * The links a Singapore government site must carry in its footer. The
   * agency's own addresses: confirm them with its web team before going live.
   */
  footerLinks: [
    { key: 'contact', href: 'https://www.mddi.gov.sg/contact-us/' },
    { key: 'feedback', href: 'https://www.mddi.gov.sg/feedback/' },
    { key: 'reportVulnerability', href: 'https://www.tech.gov.sg/report_vulnerability' },
    { key: 'privacy', href: 'https://www.mddi.gov.sg/privacy-statement/' },
    { key: 'terms', href: 'https://www.mddi.gov.sg/terms-of-use/' },
  ] satisfies FooterLink[],
  /** Shown on every release and its print, and where readers ask for accessible formats. */
  mediaContact: {
    name: { en: 'MDDI Media Relations', zh: '数码发展及新闻部媒体关系组' },
    email: 'media@mddi.gov.sg',
    phone: '+65 6355 2000',
    afterHours: '+65 9100 2000',
  },
  social: { x: '@MDDI_sg' },
} as const;

/**
 * Organisations a release may name in its `issuers:` front matter (by key).
 * A release without `issuers` is issued by the agency itself.
 */
export const issuers = {
  mddi: { name: agency.name, shortName: agency.shortName, url: agency.url },
  mci: {
    name: { en: 'Ministry of Communications and Information', zh: '通讯及新闻部' },
    shortName: { en: 'MCI', zh: '通讯及新闻部' },
    url: 'https://www.mddi.gov.sg',
  },
  imda: {
    name: { en: 'Infocomm Media Development Authority', zh: '资讯通信媒体发展局' },
    shortName: { en: 'IMDA', zh: '资讯通信媒体发展局' },
    url: 'https://www.imda.gov.sg',
  },
  csa: {
    name: { en: 'Cyber Security Agency of Singapore', zh: '新加坡网络安全局' },
    shortName: { en: 'CSA', zh: '网络安全局' },
    url: 'https://www.csa.gov.sg',
  },
  govtech: {
    name: { en: 'Government Technology Agency', zh: '政府科技局' },
    shortName: { en: 'GovTech', zh: '政府科技局' },
    url: 'https://www.tech.gov.sg',
  },
} as const satisfies Record<string, Organisation>;

export type IssuerKey = keyof typeof issuers;
export const issuerKeys = Object.keys(issuers) as IssuerKey[];
export const isIssuerKey = (value: unknown): value is IssuerKey => typeof value === 'string' && Object.hasOwn(issuers, value);
