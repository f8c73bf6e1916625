export async function listModelsForProvider(
  p: ProviderConfig,
): Promise<string[]> {
  try {
    if (p.type === 'openai') {
      const base = (p.baseUrl || 'https://api.openai.com').replace(/\/$/, '');
      const res = await fetchWithRetry(
        `${base}/v1/models`,
        {
          headers: { Authorization: `Bearer ${(p as OpenAIConfig).apiKey}` },
        },
        { retries: 2, baseDelayMs: 200, timeoutMs: 10000 },
      );
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const json: any = await res.json();
      const ids: string[] = (json.data || []).map((m: any) => m.id);
      return ids.sort();
    }
    if (p.type === 'anthropic') {
      const base = (p.baseUrl || 'https://api.anthropic.com').replace(
        /\/$/,
        '',
      );
      const res = await fetchWithRetry(
        `${base}/v1/models`,
        {
          headers: {
            'x-api-key': (p as AnthropicConfig).apiKey,
            'anthropic-version': '2023-06-01',
          },
        },
        { retries: 2, baseDelayMs: 200, timeoutMs: 10000 },
      );
      if (res.ok) {
        const json: any = await res.json();
        const ids: string[] = (json.data || [])
          .map((m: any) => m.id || m.name)
          .filter(Boolean);
        if (ids.length) return ids.sort();
      }
      return [
        'claude-3-7-sonnet-latest',
        'claude-3-5-sonnet-latest',
        'claude-3-opus-latest',
        'claude-3-haiku-latest',
      ];
    }
    if (p.type === 'openrouter') {
      const base = (p.baseUrl || 'https://openrouter.ai').replace(/\/$/, '');
      const res = await fetchWithRetry(
        `${base}/api/v1/models`,
        {
          headers: {
            Authorization: `Bearer ${(p as OpenRouterConfig).apiKey}`,
          },
        },
        { retries: 2, baseDelayMs: 200, timeoutMs: 10000 },
      );
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const json: any = await res.json();
      const ids: string[] = (json.data || []).map((m: any) => m.id);
      return ids.sort();
    }
    if (p.type === 'ollama') {
      const host = (p as OllamaConfig).host.replace(/\/$/, '');
      const res = await fetchWithRetry(
        `${host}/api/tags`,
        {},
        { retries: 2, baseDelayMs: 200, timeoutMs: 10000 },
      );
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const json: any = await res.json();
      const ids: string[] = (json.models || []).map((m: any) => m.name);
      return ids.sort();
    }
  } catch (e) {
    console.warn(`Failed to list models for ${p.name}:`, e);
  }
  return [];
}
