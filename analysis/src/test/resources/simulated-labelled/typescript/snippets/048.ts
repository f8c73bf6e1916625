export async function queryMemory(userId: string, query: string, limit = MAX_MEMORY_RETRIEVAL) {
  const qEmbedding = await embedText(query);
  // Supabase vector similarity example (assumes embedding column is of type vector and pgvector enabled)
  const { data, error } = await supabase.rpc("match_memories", {
    p_user_id: userId,
    p_embedding: qEmbedding,
    p_limit: limit
  });
  if (error) throw error;
  return data as MemoryRecord[];
    }
