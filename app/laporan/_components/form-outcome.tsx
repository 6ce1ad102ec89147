import type { FormResult } from "@/lib/validations/reports";

// Shared by the /gizi and /profil forms: the result of one save.

/** Success (green) with any warnings (amber), or the refusal (red, announced). */
export function FormOutcome({ state }: { state: FormResult }) {
  return (
    <div className="space-y-2 text-sm">
      <p role={state.ok ? "status" : "alert"} className={`rounded px-3 py-2 ${state.ok ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-800"}`}>
        {state.message}
      </p>
      {state.warnings && state.warnings.length > 0 && (
        <ul className="list-inside list-disc rounded bg-amber-50 px-3 py-2 text-amber-900">
          {state.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
