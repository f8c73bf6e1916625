package fixture;

import java.security.MessageDigest;
import org.apache.commons.codec.digest.DigestUtils;

class Hashes {
    byte[] sha256(byte[] in) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(in);
    }

    String sha512(String in) {
        return DigestUtils.sha512Hex(in);
    }
}
