function sync(batches) { // expect: QUAL-DEEP-NESTING
  for (const batch of batches) {
    try {
      while (batch.more()) {
        if (batch.dirty) {
          for (const row of batch.rows) {
            row.save();
          }
        }
      }
    } catch (e) {
      batch.retry();
    }
  }
}
