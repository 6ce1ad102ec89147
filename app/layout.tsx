import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { SoftNavigation } from "@/components/ui/soft-navigation";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Pantau Posyandu", template: "%s · Pantau Posyandu" },
  description: "Dasbor pemantauan posyandu untuk Pokjanal / Tim Pembina Posyandu",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, so Next.js can stamp this request's CSP nonce
  // (proxy.ts) on its scripts; a prerendered page (e.g. 404) would carry none and be blocked.
  await connection();
  return (
    <html lang="id">
      <body className="min-h-screen">
        {children}
        <SoftNavigation />
      </body>
    </html>
  );
}
