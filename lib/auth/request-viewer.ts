// The viewer of an API request: a browser session, or a bearer API token.
import "server-only";
import { db } from "../db/client";
import { getViewer } from "./viewer";
import { userIdForToken } from "./api-token";
import { loadViewer } from "../queries/auth";
import type { Viewer } from "./scope";

export async function viewerForRequest(request: Request): Promise<Viewer | null> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const userId = await userIdForToken(db(), authorization);
    if (!userId) return null;
    const user = await db().user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
    return user ? loadViewer(userId, user.sessionVersion) : null;
  }
  return getViewer();
}
