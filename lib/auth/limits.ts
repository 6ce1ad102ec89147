// Sign-in limits, shared by the server checks and the login form's message
// (no server imports here, so the client form can read them).

/** Failed sign-ins before an account is locked (lib/queries/auth.ts). */
export const ACCOUNT_LOCK_AFTER = 5;
/** Failed sign-ins per client IP in one window (lib/queries/login-throttle.ts). */
export const IP_FAILURE_LIMIT = 10;
/** Minutes an account stays locked and the length of the per-IP window. */
export const LOGIN_WAIT_MINUTES = 15;

/** The one message for every refused sign-in: it must not tell which check refused it. */
export const LOGIN_FAILED_MESSAGE = `Nama pengguna atau kata sandi salah. Setelah beberapa kali gagal, masuk ditahan sementara hingga ${LOGIN_WAIT_MINUTES} menit.`;

/** What authorize() throws when the database stays busy; next-auth hands it to the form as `error`. */
export const SIGN_IN_BUSY = "DatabaseBusy";

/** The form's message for a sign-in refused because the database stayed busy (nothing was recorded). */
export const LOGIN_BUSY_MESSAGE = "Basis data sedang sibuk (misalnya ada impor besar); coba masuk lagi sebentar lagi.";

/** The form's message for next-auth's `error`: busy has its own, every other refusal the one failure message. */
export function signInErrorMessage(error: string | null | undefined): string {
  return error === SIGN_IN_BUSY ? LOGIN_BUSY_MESSAGE : LOGIN_FAILED_MESSAGE;
}
