class JulesClient {
  private async request<T>(
    endpoint: string,
    options: RequestInit = {}
  ): Promise<T> {
    const url = `${this.baseURL}${endpoint}`;
    const headers = {
      'X-Goog-Api-Key': this.apiKey,
      'Content-Type': 'application/json',
      ...options.headers,
    };

    let attempt = 0;
    let lastError: unknown;

    while (attempt <= this.maxRetries) {
      const controller = new AbortController();
      const timeoutId = setTimeout(() => controller.abort(), this.timeoutMs);
      try {
        const response = await fetch(url, {
          ...options,
          headers,
          signal: controller.signal,
        });

        clearTimeout(timeoutId);

        if (!response.ok) {
          const errorBody = await response.text();
          // Retry on transient 5xx
          if (response.status >= 500 && attempt < this.maxRetries) {
            attempt++;
            lastError = new JulesAPIError(
              `Jules API error: ${response.statusText}`,
              response.status,
              errorBody
            );
            continue;
          }
          throw new JulesAPIError(
            `Jules API error: ${response.statusText}`,
            response.status,
            errorBody
          );
        }

        return (await response.json()) as T;
      } catch (error) {
        clearTimeout(timeoutId);
        const isAbort =
          error instanceof Error && error.name === 'AbortError';
        if ((isAbort || error instanceof Error) && attempt < this.maxRetries) {
          attempt++;
          lastError = error;
          continue;
        }
        if (error instanceof JulesAPIError) {
          throw error;
        }
        throw new JulesAPIError(
          `Network error: ${error instanceof Error ? error.message : 'Unknown error'}`
        );
      }
    }

    // Exhausted retries
    throw new JulesAPIError(
      `Network error after ${this.maxRetries + 1} attempts: ${
        lastError instanceof Error ? lastError.message : 'Unknown error'
      }`
    );
  }
}
