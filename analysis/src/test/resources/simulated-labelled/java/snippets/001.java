class ActiveUsersGauge {
    private List<Long> getActiveUserCount() {
        // mock reading from database and count the active users, return a fixed value
        List<Long> result = new ArrayList<Long>();
        result.add(12L);
        return result;
    }
}
