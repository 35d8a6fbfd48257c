/** The one name of the listing, in the menu, the title, the heading and the links to it. */
export const LISTING_NAME = "Le pratiche";
