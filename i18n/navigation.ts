import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing';

/** Locale-aware links; components use these, never next/link directly. */
export const { Link, redirect, getPathname } = createNavigation(routing);
