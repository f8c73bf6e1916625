async function fetchWithRetry(
  url: string,
  init: RequestInit,
  opts?: { retries?: number; baseDelayMs?: number; timeoutMs?: number },
): Promise<Response> {
  await ensureProxyDispatcher();
  const retries = Math.max(0, opts?.retries ?? 2);
  const base = Math.max(50, opts?.baseDelayMs ?? 250);
  const timeout = Math.max(100, opts?.timeoutMs ?? 10_000);
  let attempt = 0;
  for (;;) {
    const req = withTimeout(init, timeout);
    try {
      const controller: any = (req as any).signal?.constructor
        ? (req as any).signal
        : null;
      const timeoutPromise = new Promise<Response>((_resolve, reject) => {
        const tid = setTimeout(() => {
          try {
            controller?.abort?.(new Error('timeout'));
          } catch {}
          reject(new Error('timeout'));
        }, timeout);
        (req as any)._tid = tid;
      });
      const res: any = await Promise.race([fetch(url, req), timeoutPromise]);
      if (!res.ok && isRetryableStatus(res.status))
        throw new Error(String(res.status));
      if ((req as any)._tid) clearTimeout((req as any)._tid);
      (req as any).signal?.throwIfAborted?.();
      return res;
    } catch (e: any) {
      if ((req as any)._tid) clearTimeout((req as any)._tid);
      attempt += 1;
      const msg = String(e?.message || e);
      const retryable =
        /timeout|network|fetch|aborted|ECONN|ENOTFOUND|EAI_AGAIN|TLS|429|5\d\d/i.test(
          msg,
        );
      if (!retryable || attempt > retries) throw e;
      const delay =
        base * Math.pow(2, attempt - 1) + Math.floor(Math.random() * 50);
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}
