import type { Issue } from "./issue-table";

export type Outcome = {
  status: "pratinjau" | "ditolak" | "selesai";
  rows: number;
  counts: { inserted: number; updated: number; unchanged: number };
  issues: Issue[];
  issuesTotal: number;
  /** Every error of the file, also those beyond the shown issues. */
  errorsTotal: number;
  batchId: number | null;
  galat?: string;
};

/** Why an upload never got an answer: the chosen file could not be read, or the connection failed. */
export type SendFailure = "unreadable" | "network";

export const UNREADABLE_MESSAGE = "Berkas tidak dapat dibaca — mungkin berubah setelah dipilih. Pilih berkas lagi.";
export const NETWORK_MESSAGE = "Koneksi ke server terputus.";

/** An answer with only a message: nothing was checked or written. */
export const failed = (galat: string): Outcome => ({
  status: "ditolak", rows: 0, counts: { inserted: 0, updated: 0, unchanged: 0 }, issues: [], issuesTotal: 0, errorsTotal: 0, batchId: null, galat,
});

/**
 * Whether the browser can still read the chosen file. Chromium keeps a snapshot (size, modification time) of a file
 * when it is chosen and refuses to read it once the file was saved again or removed on disk (NotReadableError,
 * NotFoundError); an upload of such a file then fails like a dropped connection. One byte is enough to tell.
 */
export async function canRead(file: File): Promise<boolean> {
  try {
    await file.slice(0, 1).arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

/**
 * Sends the file with XMLHttpRequest so a large upload shows real progress. A failed request is told apart from a
 * file that stopped being readable during the upload by reading the file again.
 */
export function send(jenis: string, mode: "pratinjau" | "simpan", file: File, onProgress: (p: number) => void, onUploaded: () => void): Promise<Outcome | SendFailure> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/impor?jenis=${encodeURIComponent(jenis)}&mode=${mode}`);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((100 * e.loaded) / e.total));
    xhr.upload.onload = onUploaded;
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText) as Outcome);
      } catch {
        resolve(failed(`Server menjawab ${xhr.status}.`));
      }
    };
    xhr.onerror = () => void canRead(file).then((ok) => resolve(ok ? "network" : "unreadable"));
    const body = new FormData();
    body.append("berkas", file);
    xhr.send(body);
  });
}
