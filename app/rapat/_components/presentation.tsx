"use client";
// Presentation mode: one agenda item per screen, large type for a 1280×720 to
// 1920×1080 projector, each slide within one screen, ←/→ (also PageUp/PageDown, space) to move, Esc to leave, F for full screen.
// The decisions take as many slides as they need (action-pages.ts); the counter and the keys count every one.
import { useCallback, useEffect, useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import type { AgendaView } from "@/lib/queries/meeting-view";
import { AgendaFigures } from "./agenda-figures";
import { ActionsSlide, actionsSlideTitle, type SlideAction } from "./actions-slide";
import { paginateActions } from "./action-pages";

export type { SlideAction };
export type PresentationProps = {
  title: string;
  subtitle: string;
  frozenNote: string;
  attendees: { sector: string; count: number }[];
  items: AgendaView[];
  actions: SlideAction[];
  exitHref: string;
};

export function Presentation({ title, subtitle, frozenNote, attendees, items, actions, exitHref }: PresentationProps) {
  const router = useRouter();
  const actionPages = useMemo(() => paginateActions(actions), [actions]);
  const firstActions = items.length + 1;
  const total = firstActions + actionPages.length;
  const [index, setIndex] = useState(0);
  const go = useCallback((d: number) => setIndex((i) => Math.min(total - 1, Math.max(0, i + d))), [total]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (["ArrowRight", "PageDown", " "].includes(e.key)) { e.preventDefault(); go(1); }
      else if (["ArrowLeft", "PageUp"].includes(e.key)) { e.preventDefault(); go(-1); }
      else if (e.key === "Escape") { if (!document.fullscreenElement) router.push(exitHref); }
      else if (e.key === "f" || e.key === "F") { if (document.fullscreenElement) void document.exitFullscreen(); else void document.documentElement.requestFullscreen?.().catch(() => undefined); }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [go, router, exitHref]);
  const item = index >= 1 && index <= items.length ? items[index - 1]! : null;
  const actionPage = index >= firstActions ? actionPages[index - firstActions] : undefined;
  return (
    <div className="flex h-screen flex-col bg-white text-slate-900" data-slide={index + 1} role="region" aria-roledescription="presentasi" aria-label={title}>
      <header className="flex items-center justify-between gap-4 border-b-4 border-brand-700 px-8 py-3">
        <h1 className="truncate text-2xl font-semibold">{item ? `${item.order}. ${item.title}` : index === 0 ? title : actionsSlideTitle(index - firstActions, actionPages.length)}</h1>
        <span className="num shrink-0 text-lg text-slate-600" aria-live="polite">{index + 1} / {total}</span>
      </header>
      {/* A column, so a slide's chart or map can take the height its text leaves (agenda-figures.tsx). */}
      <main className="flex min-h-0 flex-1 flex-col overflow-auto px-8 py-4">
        {index === 0 && (
          <div className="flex flex-1 flex-col justify-center gap-4">
            <p className="text-5xl font-semibold leading-tight">{title}</p>
            <p className="text-2xl text-slate-700">{subtitle}</p>
            <p className="text-xl text-slate-600">{attendees.map((a) => `${a.sector} (${a.count})`).join(" · ") || "Peserta belum dicatat"}</p>
            <p className="text-lg text-slate-500">{frozenNote}</p>
            <p className="text-base text-slate-500">Tombol: → berikutnya · ← sebelumnya · F layar penuh · Esc keluar</p>
          </div>
        )}
        {item && <AgendaFigures item={item} large />}
        {actionPage && <ActionsSlide page={actionPage} />}
      </main>
      <footer className="flex items-center justify-between gap-2 border-t border-slate-200 px-8 py-2 text-base">
        <button type="button" onClick={() => go(-1)} disabled={index === 0} className="rounded border border-slate-300 px-4 py-1 disabled:opacity-40">← Sebelumnya</button>
        <a href={exitHref} className="text-brand-700 underline">Keluar (Esc)</a>
        <button type="button" onClick={() => go(1)} disabled={index === total - 1} className="rounded bg-brand-700 px-4 py-1 text-white disabled:opacity-40">Berikutnya →</button>
      </footer>
    </div>
  );
}
