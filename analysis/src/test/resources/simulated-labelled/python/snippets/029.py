@activity.defn
async def index_to_milvus(source: str, embeddings: list[dict]) -> int:
    """Insert embeddings into the appropriate Milvus collection."""
    activity.logger.info(f"Indexing {len(embeddings)} embeddings into source: {source}")
    connections.connect(
        alias="default",
        host=os.getenv("MILVUS_HOST", "milvus.synapse-system.svc.cluster.local"),
        port=os.getenv("MILVUS_PORT", "19530"),
    )

    collection_name = f"synapse_{source}"
    if not Collection.exists(collection_name):
        _create_milvus_collection(collection_name)

    collection = Collection(collection_name)
    ids = [e["id"] for e in embeddings]
    vectors = [e["embedding"] for e in embeddings]
    texts = [e["text"][:500] for e in embeddings]  # Truncate for storage
    timestamps = [e["timestamp"] for e in embeddings]

    collection.insert([ids, vectors, texts, timestamps])
    collection.flush()
    activity.logger.info(f"Successfully indexed {len(embeddings)} embeddings.")
    return len(embeddings)
