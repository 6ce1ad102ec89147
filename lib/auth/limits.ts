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
