import type { ComponentProps } from 'react';
import { SiteLink } from './SiteLink';

/** The site's ordinary in-text link to one of its pages: underlined, in the link colour. */
export function TextLink({ className = '', ...props }: ComponentProps<typeof SiteLink>) {
  return <SiteLink {...props} className={`link ${className}`} />;
}
