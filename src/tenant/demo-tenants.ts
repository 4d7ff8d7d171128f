/** The demo tenants shipped for development, tests and the demo sites (clearly fictitious offices). */
export const DEMO_TENANTS = {
  dortmund: '05913000',
  bielefeld: '05711000',
  wuerzburg: '09663000',
} as const;
