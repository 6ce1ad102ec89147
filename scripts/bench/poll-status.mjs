// Child process of scripts/bench/web-import.ts: requests <base>/status every 20 ms until the parent sends "stop",
// then sends back every request's start (epoch ms) and wait (ms), and the failures. A process of its own, so that
// the waits are the server's: in the uploader's process they also held the uploader's own work (encoding a 44 MB
// multipart body took that process's event loop for ≈ 0.8 s, which read as a server wait before session 19).
const base = process.argv[2];
const samples = [];
let failures = 0;
let stop = false;
process.on("message", (m) => {
  if (m === "stop") stop = true;
});
const now = () => performance.timeOrigin + performance.now();
// One request before the parent starts, so the connection and the first response are not counted.
await fetch(`${base}/status`).then((r) => r.arrayBuffer(), () => undefined);
process.send("ready");
while (!stop) {
  const t = now();
  try {
    await (await fetch(`${base}/status`)).arrayBuffer();
  } catch {
    failures++;
  }
  samples.push([t, now() - t]);
  await new Promise((r) => setTimeout(r, 20));
}
process.send({ samples, failures }, () => process.exit(0));
