package fixture;

import java.security.MessageDigest;
import org.apache.commons.codec.digest.DigestUtils;

class Hashes {
    byte[] md5(byte[] in) throws Exception {
        return MessageDigest.getInstance("MD5").digest(in); // expect: SEC-WEAK-HASH
    }

    String sha1(String in) {
        return DigestUtils.sha1Hex(in); // expect: SEC-WEAK-HASH
    }

    MessageDigest legacy() throws Exception {
        return java.security.MessageDigest.getInstance("SHA-1"); // expect: SEC-WEAK-HASH
    }
}
