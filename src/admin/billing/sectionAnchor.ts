/** The id of a billing page section's heading: the fragment a link to that section ends with. */
export const billingSectionAnchor = (section: string) => `billing-${section}`
