// Next.js calls onRequestError for every uncaught server error: log it as one
// structured line (path without the query string, route, digest), never the
// request body or headers, which may carry personal data.
import { log } from "./lib/log";

export async function onRequestError(error: unknown, request: { path: string; method: string }, context: { routePath: string; routeType: string }) {
  const err = error as { message?: string; digest?: string };
  log("error", "permintaan_gagal", {
    metode: request.method,
    jalur: request.path.split("?")[0],
    rute: context.routePath,
    jenis: context.routeType,
    digest: err.digest,
    pesan: err.message,
  });
}
