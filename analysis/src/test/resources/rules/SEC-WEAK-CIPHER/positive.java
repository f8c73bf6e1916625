package fixture;

import javax.crypto.Cipher;

class Crypto {
    Cipher des() throws Exception {
        return Cipher.getInstance("DES/CBC/PKCS5Padding"); // expect: SEC-WEAK-CIPHER
    }

    Cipher ecb() throws Exception {
        return Cipher.getInstance("AES/ECB/PKCS5Padding"); // expect: SEC-WEAK-CIPHER
    }

    Cipher defaultMode() throws Exception {
        return Cipher.getInstance("AES"); // expect: SEC-WEAK-CIPHER
    }
}
