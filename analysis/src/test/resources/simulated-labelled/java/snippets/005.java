class CustomerService {
    @McpTool(description = "Search for customers using structured criteria")
    public List<String> searchCustomers(
            @McpToolParam(description = "The search filters") CustomerSearchCriteria criteria
    ) {
        // In a real app, this would query a database
        return List.of("Customer A", "Customer B");
    }
}
