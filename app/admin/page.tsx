import { notFound, redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canManage } from "@/lib/auth/scope";

export const dynamic = "force-dynamic";

/** /admin has no page of its own: ADMIN goes to the user list, everyone else gets 404. */
export default async function AdminIndex() {
  const viewer = await requireViewer();
  if (!canManage(viewer.role)) notFound();
  redirect("/admin/pengguna");
}
