// GET /api/health for load balancers, systemd watchdogs and monitoring. Public
// (proxy.ts lets it through), so it says only whether the database answers and
// is fully migrated: 200 when both hold, 503 otherwise. Causes go to the log.
import { NextResponse } from "next/server";
import { getHealth } from "@/lib/queries/health";

// Every request must look at the database now, never a cached answer.
export const dynamic = "force-dynamic";

export async function GET() {
  const health = await getHealth();
  const ok = health.database && health.migrasi.mutakhir;
  return NextResponse.json(
    { status: ok ? "ok" : "gagal", ...health },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
