import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { agency, issuers } from './agency';

/**
 * Another agency changes lib/site/agency.ts and public/agency/, and nothing
 * in components/ (issue 16): no component may name, link or contact this
 * agency or an issuer by itself.
 */
const root = path.resolve(import.meta.dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full) : /\.(tsx?|css)$/.test(entry.name) ? [full] : [];
  });
}

/** Everything agency-specific in the configuration, as it could be pasted into a component. */
function agencySpecificStrings(): string[] {
  const organisations = [agency, ...Object.values(issuers)];
  const strings = new Set<string>();
  for (const org of organisations) {
    for (const value of [...Object.values(org.name), ...Object.values(org.shortName)]) strings.add(value);
    strings.add(new URL(org.url).hostname);
  }
  for (const link of agency.footerLinks) strings.add(new URL(link.href).hostname + new URL(link.href).pathname);
  const contact = agency.mediaContact;
  for (const value of [...Object.values(contact.name), contact.email, contact.phone, contact.afterHours, contact.phone.replace(/\s/g, '')]) strings.add(value);
  strings.add(agency.social.x);
  strings.add(agency.colours.brand);
  strings.add(agency.logo);
  // Bare acronyms are matched as whole words below ("MCI" must not flag "MCIT"-like identifiers).
  return [...strings];
}

describe('components name no agency', () => {
  const sources = files(path.join(root, 'components')).map((file) => ({ file: path.relative(root, file), text: readFileSync(file, 'utf8') }));

  it('finds the component sources', () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  it('no component contains a name, domain, address, number or colour from lib/site/agency.ts', () => {
    const found: string[] = [];
    for (const needle of agencySpecificStrings()) {
      const pattern = /^[A-Za-z]+$/.test(needle) ? new RegExp(`\\b${needle}\\b`) : new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
      for (const { file, text } of sources) if (pattern.test(text)) found.push(`${file}: ${needle}`);
    }
    expect(found).toEqual([]);
  });

  it('the check itself would catch a hard-coded name or domain', () => {
    const needles = agencySpecificStrings();
    expect(needles).toContain(agency.name.en);
    expect(needles).toContain(agency.name.zh);
    expect(needles).toContain(new URL(agency.url).hostname);
    expect(needles).toContain(issuers.imda.name.en);
  });
});
