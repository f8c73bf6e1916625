package fixture;

import javax.crypto.Cipher;

class Crypto {
    Cipher gcm() throws Exception {
        return Cipher.getInstance("AES/GCM/NoPadding");
    }

    Cipher chacha() throws Exception {
        return Cipher.getInstance("ChaCha20-Poly1305");
    }
}
