import "./globals.css";
import type { Metadata } from "next";
import localFont from "next/font/local";
import { SiteFooter } from "@/components/layout/site-footer";
import { PrefetchOnIntent } from "@/components/layout/prefetch-on-intent";
import { SiteHeader } from "@/components/layout/site-header";
import { siteUrl } from "@/lib/env";

// Titillium Web from the npm package (@fontsource/titillium-web), through next/font/local rather
// than the package's CSS: the three files are preloaded with the page (not discovered only after
// the stylesheet), and the fallback is metric-adjusted, so the swap does not move the text —
// Lighthouse's largest-contentful-paint and cumulative-layout-shift.
const titillium = localFont({
  src: [
    {
      path: "../node_modules/@fontsource/titillium-web/files/titillium-web-latin-400-normal.woff2",
      weight: "400",
      style: "normal",
    },
    {
      path: "../node_modules/@fontsource/titillium-web/files/titillium-web-latin-600-normal.woff2",
      weight: "600",
      style: "normal",
    },
    {
      path: "../node_modules/@fontsource/titillium-web/files/titillium-web-latin-700-normal.woff2",
      weight: "700",
      style: "normal",
    },
  ],
  variable: "--font-titillium",
  display: "swap",
  fallback: ["Geneva", "Tahoma", "sans-serif"],
  adjustFontFallback: "Arial",
});

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: {
    default: "I servizi sociali al tempo del Coronavirus — Catalogo delle pratiche",
    template: "%s — Servizi sociali al tempo del Coronavirus",
  },
  description:
    "Catalogo pubblico delle pratiche dei servizi sociali di comuni e ambiti territoriali durante l'emergenza Covid-19: cerca per regione, area di utenza e parole.",
  openGraph: { type: "website", locale: "it_IT", siteName: "Servizi sociali al tempo del Coronavirus" },
  icons: { icon: "/favicon.svg" },
  alternates: { types: { "application/atom+xml": [{ url: "/feed.xml", title: "Pratiche nuove e aggiornate" }] } },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="it" className={titillium.variable}>
      <body className="flex min-h-screen flex-col font-sans">
        <SiteHeader />
        <main id="contenuto" className="flex-1">
          {children}
        </main>
        <SiteFooter />
        <PrefetchOnIntent />
      </body>
    </html>
  );
}
