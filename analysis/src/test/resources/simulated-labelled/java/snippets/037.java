class InventoryService {
    public InventoryItem reserveInventory(String sku, int quantity) {
        return inventory.compute(sku, (k, v) -> {
            if (v == null) {
                return new InventoryItem(sku, 0, quantity);
            } else {
                return new InventoryItem(sku, v.quantity(), v.reserved() + quantity);
            }
        });
    }
}
