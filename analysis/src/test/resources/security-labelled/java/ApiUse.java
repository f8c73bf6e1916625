package labelled;

import java.io.InputStream;
import java.io.ObjectInputStream;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Random;
import javax.crypto.Cipher;
import javax.net.ssl.HttpsURLConnection;
import javax.servlet.http.Cookie;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.TransformerFactory;

class ApiUse {
    MessageDigest hash1() throws Exception {
        return MessageDigest.getInstance("MD5"); // vulnerable: SEC-WEAK-HASH
    }

    MessageDigest hash2() throws Exception {
        return MessageDigest.getInstance("SHA1"); // vulnerable: SEC-WEAK-HASH
    }

    MessageDigest hashSafe1() throws Exception {
        return MessageDigest.getInstance("SHA-256"); // safe: SEC-WEAK-HASH
    }

    MessageDigest hashSafe2() throws Exception {
        return MessageDigest.getInstance("SHA3-512"); // safe: SEC-WEAK-HASH
    }

    Cipher cipher1() throws Exception {
        return Cipher.getInstance("DESede/CBC/PKCS5Padding"); // vulnerable: SEC-WEAK-CIPHER
    }

    Cipher cipher2() throws Exception {
        return Cipher.getInstance("RC4"); // vulnerable: SEC-WEAK-CIPHER
    }

    Cipher cipherSafe1() throws Exception {
        return Cipher.getInstance("AES/GCM/NoPadding"); // safe: SEC-WEAK-CIPHER
    }

    Cipher cipherSafe2() throws Exception {
        return Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding"); // safe: SEC-WEAK-CIPHER
    }

    String random1() {
        String apiKey = Integer.toHexString(new Random().nextInt()); // vulnerable: SEC-WEAK-RANDOM
        return apiKey;
    }

    byte[] generateSalt() {
        byte[] salt = new byte[16];
        new Random().nextBytes(salt); // vulnerable: SEC-WEAK-RANDOM
        return salt;
    }

    byte[] randomSafe1() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt); // safe: SEC-WEAK-RANDOM
        return salt;
    }

    int shuffleSeed() {
        Random dice = new Random(42); // safe: SEC-WEAK-RANDOM
        return dice.nextInt(6);
    }

    Cookie cookie1(String v) {
        Cookie remember = new Cookie("remember", v); // vulnerable: SEC-INSECURE-COOKIE
        remember.setMaxAge(3600);
        return remember;
    }

    Cookie cookieSafe1(String v) {
        Cookie remember = new Cookie("remember", v); // safe: SEC-INSECURE-COOKIE
        remember.setSecure(true);
        return remember;
    }

    Object deser1(InputStream in) throws Exception {
        return new ObjectInputStream(in).readObject(); // vulnerable: SEC-UNSAFE-DESERIALIZATION
    }

    Object xxe1(InputStream in) throws Exception {
        return SAXParserFactory.newInstance().newSAXParser(); // vulnerable: SEC-XXE
    }

    Object xxe2() throws Exception {
        return TransformerFactory.newInstance(); // vulnerable: SEC-XXE
    }

    Object xxeSafe1() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance(); // safe: SEC-XXE
        f.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return f;
    }

    void tls1(HttpsURLConnection c) {
        c.setHostnameVerifier(org.apache.http.conn.ssl.NoopHostnameVerifier.INSTANCE); // vulnerable: SEC-TLS-VERIFICATION-DISABLED
    }

    void tlsSafe1(HttpsURLConnection c, javax.net.ssl.HostnameVerifier strict) {
        c.setHostnameVerifier(strict); // safe: SEC-TLS-VERIFICATION-DISABLED
    }
}
