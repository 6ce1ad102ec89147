// getViewer()/requireViewer(): the signed-in user as a Viewer, for server
// components, actions and route handlers.
import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { authSecret, secureCookies } from "../env";
import { loadViewer } from "../queries/auth";
import { sessionFromCookies } from "./session-token";
import type { Viewer } from "./scope";

/**
 * The viewer of this request, or null when signed out (memoised per request). The session cookie is decoded
 * directly (not through getServerSession, which also re-encrypts a new cookie a server component cannot set).
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const token = await sessionFromCookies(await cookies(), authSecret(), secureCookies());
  if (!token?.uid) return null;
  return loadViewer(token.uid, token.sv ?? 0);
});

/** The viewer, or a redirect to the sign-in page. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/masuk");
  return viewer;
}
