def sync(batches):  # expect: QUAL-DEEP-NESTING
    for batch in batches:
        with batch.lock():
            try:
                for row in batch.rows:
                    if row.dirty:
                        row.save()
            except IOError:
                batch.retry()
