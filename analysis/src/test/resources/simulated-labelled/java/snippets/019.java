class IpDatabaseRepository {
    public String lookup(String ipAddress){
        // hardcoded for examplary purposes
        return "DE";
    }
}
