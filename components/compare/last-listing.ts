// The address of the listing last shown in this tab, so that a sheet opened from it can add itself
// to that listing's compare selection instead of starting a new one. Session storage: per tab, and
// gone with it.

const KEY = "ultimo-elenco";

export function rememberListing(href: string) {
  try {
    sessionStorage.setItem(KEY, href);
  } catch {
    // Storage disabled: the sheet's link starts a new selection, as without JavaScript.
  }
}

export function lastListing(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}
