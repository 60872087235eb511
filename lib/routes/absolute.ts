import type { Locale } from '../../i18n/locales';
import { site } from '../site/config';
import { localePath } from './paths';

/** `https://origin/zh/media-centre/…/`: the public URL of a path in a locale. */
export const absoluteUrl = (locale: Locale, path: string) => `${site.url}${localePath(locale, path)}`;
