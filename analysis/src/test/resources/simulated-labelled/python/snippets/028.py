@activity.defn
async def fetch_note_points(since: str) -> list[dict]:
    """Fetch OneNote pages modified since the given timestamp."""
    activity.logger.info(f"Fetching note points modified since {since}.")
    conn = _get_db_connection()
    with conn.cursor() as cur:
        cur.execute(
            """
            SELECT page_id, title, content, metadata
            FROM psi_control.note_pages
            WHERE last_modified > %s
            LIMIT 10000
            """,
            (since,),
        )
        rows = cur.fetchall()
    conn.close()

    activity.logger.info(f"Fetched {len(rows)} note points.")
    return [
        {
            "id": f"note:{row[0]}",
            "text": f"{row[1]}\n\n{row[2][:2000]}",
            "metadata": {"type": "note", **(row[3] or {})},
        }
        for row in rows
    ]
