import type { ComponentProps } from 'react';
import { Link } from '@/i18n/navigation';

/**
 * An underlined link in the link colour: the site's ordinary in-text link to
 * one of its pages. Not prefetched unless asked: readers here read, and a
 * page of links must not fetch every page it names.
 */
export function TextLink({ className = '', prefetch = false, ...props }: ComponentProps<typeof Link>) {
  return <Link {...props} prefetch={prefetch} className={`link ${className}`} />;
}
