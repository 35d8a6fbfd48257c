import { siteUrl } from "@/lib/env";

// The attributes of every cookie the site sets: out of reach of scripts, not sent with other
// sites' requests, Secure over https, and no Domain (this host only, as the __Host- prefix of the
// session cookie requires).
export const cookieAttributes = (path = "/") =>
  ({ httpOnly: true, sameSite: "lax", secure: siteUrl().startsWith("https://"), path }) as const;
