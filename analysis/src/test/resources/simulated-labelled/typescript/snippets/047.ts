export async function saveMemory(userId: string, text: string, meta: Record<string, any> = {}) {
  const embedding = await embedText(text);
  const { data, error } = await supabase.from(SUPABASE_TABLE).insert({
    user_id: userId,
    text,
    embedding,
    meta,
  });
  if (error) throw error;
  return data;
}
