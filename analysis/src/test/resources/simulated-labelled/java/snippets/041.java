class HashCreator {
    //Create salt
    private byte[] createSalt() throws NoSuchAlgorithmException, NoSuchProviderException{
        //Always use a SecureRandom generator for random salt
        SecureRandom sr = SecureRandom.getInstance("SHA1PRNG", "SUN");
        //Create array for salt
        byte[] salt = new byte[16];
        //Get a random salt
        sr.nextBytes(salt);
        //return salt
        return salt;
    }
}
