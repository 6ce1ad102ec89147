import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Pantau Posyandu", template: "%s · Pantau Posyandu" },
  description: "Dasbor pemantauan posyandu untuk Pokjanal / Tim Pembina Posyandu",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="id">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
