function sync(batches) {
  for (const batch of batches) {
    saveDirty(batch);
  }
}

function saveDirty(batch) {
  batch.rows.filter((row) => row.dirty).forEach((row) => row.save());
}
