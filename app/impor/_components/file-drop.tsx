"use client";

import { useRef, useState } from "react";

/**
 * The file box of the upload form: click (or Enter/Space on the focused input) to choose, or drop a file on it.
 * A dropped file is put into the input itself (DataTransfer), so the input always holds what will be sent.
 */
export function FileDrop({ accept, hint, fileName, onFile }: { accept: string; hint: string; fileName: string | null; onFile: (file: File | null) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const take = (files: FileList | null) => onFile(files?.[0] ?? null);
  return (
    <label
      onDragOver={(e) => {
        // Without preventDefault the browser opens the dropped file instead of handing it to the page.
        e.preventDefault();
        e.dataTransfer.dropEffect = "copy";
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (!file) return;
        const one = new DataTransfer();
        one.items.add(file);
        if (input.current) input.current.files = one.files;
        take(one.files);
      }}
      className={`block cursor-pointer rounded border-2 border-dashed p-6 text-center text-sm text-slate-600 hover:border-brand-600 has-[:focus-visible]:border-brand-700 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600 has-[:focus-visible]:ring-offset-2 ${over ? "border-brand-700 bg-brand-50" : "border-slate-300"}`}
    >
      <span className="block font-medium text-slate-800">{fileName ?? "Pilih atau seret berkas ke sini"}</span>
      <span className="block">{hint}</span>
      {over && <span className="block font-medium text-brand-700">Lepaskan untuk memilih berkas ini</span>}
      <input ref={input} type="file" name="berkas" accept={accept} className="sr-only" onChange={(e) => take(e.target.files)} />
    </label>
  );
}
