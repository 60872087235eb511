/** Runs once as `next start` starts, before it answers any request (Next's instrumentation hook). */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    // TRACE would reach Next's proxy adapter and fail with a 500 there (lib/host/forbidden-methods.ts).
    const { refuseForbiddenMethods } = await import('./lib/host/forbidden-methods');
    refuseForbiddenMethods();
  }
}
