class QueryService {
    @SneakyThrows
    private void waitForQueryToComplete(@NonNull final String queryExecutionId) {
        QueryExecutionState queryState;

        do {
            final var response = athenaClient.getQueryExecution(request -> 
                request.queryExecutionId(queryExecutionId));
            queryState = response.queryExecution().status().state();

            switch (queryState) {
                case FAILED:
                case CANCELLED:
                    final var error = response.queryExecution().status().athenaError().errorMessage();
                    log.error("Query execution failed: {}", error);
                    throw new QueryExecutionFailureException();
                case QUEUED:
                case RUNNING:
                    TimeUnit.MILLISECONDS.sleep(WAIT_PERIOD);
                    break;
                case SUCCEEDED:
                    queryState = QueryExecutionState.SUCCEEDED;
                    return;
                default:
                    throw new IllegalStateException("Invalid query state");
            }
        } while (queryState != QueryExecutionState.SUCCEEDED);
    }
}
