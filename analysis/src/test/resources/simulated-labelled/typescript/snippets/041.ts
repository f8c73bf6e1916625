class ScheduleStorage {
  async save(store: ScheduleStore): Promise<void> {
    await this.ensureStorageDir();

    try {
      const data = JSON.stringify(store, null, 2);
      await writeFile(this.storagePath, data, 'utf-8');
      this.cache = store;
    } catch (error) {
      throw new Error(
        `Failed to save schedules to ${this.storagePath}: ${error}`
      );
    }
  }
}
