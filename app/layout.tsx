import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

// Every page renders per request: the Content-Security-Policy's nonce (proxy.ts) is new
// each time, and Next.js can only put it on the scripts of a page it renders now.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Evalmine", template: "%s · Evalmine" },
  description: "Turn production AI traffic into a reviewed eval set.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
