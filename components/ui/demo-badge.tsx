/** Marks every page of a demo database so nobody mistakes it for real figures. */
export function DemoBadge() {
  return (
    <span
      className="rounded bg-amber-400 px-2 py-0.5 text-xs font-bold tracking-wider text-amber-950"
      title="Angka pada aplikasi ini dibangkitkan secara acak untuk demonstrasi, bukan data nyata."
    >
      DATA DEMO
    </span>
  );
}
