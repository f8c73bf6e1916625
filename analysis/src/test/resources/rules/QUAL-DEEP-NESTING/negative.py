def sync(batches):
    for batch in batches:
        with batch.lock():
            save_dirty(batch)


def save_dirty(batch):
    for row in batch.rows:
        if row.dirty:
            row.save()
