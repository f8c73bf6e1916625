class CustomerService {
    @McpTool(name = "long_running_process")
    public String processData(
            String dataId,
            McpSyncRequestContext context
    ) {
        context.info("Starting processing for ID: " + dataId);

        // Simulate work and report detailed progress
        // 50% complete (0.5 out of 1.0)
        context.progress(p -> p.progress(0.5).total(1.0).message("Processing records..."));

        return "Processed " + dataId;
    }
}
