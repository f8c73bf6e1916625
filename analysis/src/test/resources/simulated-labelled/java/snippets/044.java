class BillingService {
  @Override
  public Invoice calculateInvoice(Long userId, LocalDate fromDate, LocalDate toDate) {
    List<LineItem> items = readLineItems.getLineItemsForUser(userId, fromDate, toDate);
    double sum = items.stream()
        .mapToDouble(LineItem::getAmount)
        .sum();
    return new Invoice(userId, sum);
  }
}
