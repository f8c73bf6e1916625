class AccountService {
    public Optional<AccountDetail> getAccount(final String accountNo) {
        // simulating an account not exists scenario
        if(accountNo.endsWith("000")){
            LOG.error("Account not found:: {}", accountNo);
            return Optional.empty();
        }
        return Optional.ofNullable(AccountDetail.builder().accountHolder("Jack Melon")
                .accountNo("GWR" + accountNo)
                .balance(19000.89)
                .currency("USD")
                .openingDate("12/01/2015")
                .build());

    }
}
