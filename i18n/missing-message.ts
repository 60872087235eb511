/** Shown in place of a message key missing from a locale's file; the e2e tests fail on any page that shows it. */
export const MISSING_MESSAGE_MARKER = '⟦missing message⟧';
