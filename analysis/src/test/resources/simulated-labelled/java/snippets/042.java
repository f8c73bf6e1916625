class HashCreator {
    public String generateStrongPasswordHash(final String password) 
    	    throws NoSuchAlgorithmException, InvalidKeySpecException, NoSuchProviderException
    	{
    	    int iterations = 1000;
    	    byte[] salt = createSalt();

    	    byte[] hash = createPBEHash(password,iterations, salt, 64); // skf.generateSecret(spec).getEncoded();
    	    
    	    return iterations + ":" + convertToHex(salt) + ":" + convertToHex(hash);
    }
}
