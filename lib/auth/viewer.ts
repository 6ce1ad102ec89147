// getViewer()/requireViewer(): the signed-in user as a Viewer, for server
// components, actions and route handlers.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "./options";
import { loadViewer } from "../queries/auth";
import type { Viewer } from "./scope";

/** The viewer of this request, or null when signed out (memoised per request). */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = (await getServerSession(authOptions())) as { uid?: number; sv?: number } | null;
  if (!session?.uid) return null;
  return loadViewer(session.uid, session.sv ?? 0);
});

/** The viewer, or a redirect to the sign-in page. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/masuk");
  return viewer;
}
