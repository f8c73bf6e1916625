package labelled;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Cipher;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import javax.servlet.http.Cookie;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.validation.SchemaFactory;
import org.apache.commons.codec.digest.DigestUtils;

class CryptoAndParsers {
    // ---- hashes ----
    String h1(String pw) { return DigestUtils.md5Hex(pw); } // vulnerable: SEC-WEAK-HASH
    byte[] h2(byte[] b) { return DigestUtils.sha1(b); } // vulnerable: SEC-WEAK-HASH
    MessageDigest h3() throws Exception { return MessageDigest.getInstance("MD2"); } // vulnerable: SEC-WEAK-HASH
    MessageDigest h4() throws Exception { return MessageDigest.getInstance("SHA"); } // vulnerable: SEC-WEAK-HASH
    String hs1(String s) { return DigestUtils.sha256Hex(s); } // safe: SEC-WEAK-HASH
    MessageDigest hs2() throws Exception { return MessageDigest.getInstance("SHA-384"); } // safe: SEC-WEAK-HASH
    MessageDigest hs3() throws Exception { return MessageDigest.getInstance("SHA-512/256"); } // safe: SEC-WEAK-HASH
    String hs4(String s) { return Integer.toHexString(s.hashCode()); } // safe: SEC-WEAK-HASH

    // ---- ciphers ----
    Cipher c1() throws Exception { return Cipher.getInstance("Blowfish"); } // vulnerable: SEC-WEAK-CIPHER
    Cipher c2() throws Exception { return Cipher.getInstance("DES"); } // vulnerable: SEC-WEAK-CIPHER
    Cipher c3() throws Exception { return Cipher.getInstance("AES/ECB/NoPadding"); } // vulnerable: SEC-WEAK-CIPHER
    Cipher c4() throws Exception { return Cipher.getInstance("RC2/CBC/PKCS5Padding"); } // vulnerable: SEC-WEAK-CIPHER
    Cipher cs1() throws Exception { return Cipher.getInstance("AES/CBC/PKCS5Padding"); } // safe: SEC-WEAK-CIPHER
    Cipher cs2() throws Exception { return Cipher.getInstance("AES_256/GCM/NoPadding"); } // safe: SEC-WEAK-CIPHER
    Cipher cs3() throws Exception { return Cipher.getInstance("RSA/ECB/PKCS1Padding"); } // safe: SEC-WEAK-CIPHER
    Cipher cs4() throws Exception { return Cipher.getInstance("ChaCha20"); } // safe: SEC-WEAK-CIPHER

    // ---- randomness ----
    String r1() {
        String csrfToken = Long.toString(new Random().nextLong(), 36); // vulnerable: SEC-WEAK-RANDOM
        return csrfToken;
    }

    int newPin() {
        return (int) (Math.random() * 10000); // vulnerable: SEC-WEAK-RANDOM
    }

    byte[] r3() {
        byte[] iv = new byte[12];
        new Random(System.nanoTime()).nextBytes(iv); // vulnerable: SEC-WEAK-RANDOM
        return iv;
    }

    String createSessionId() {
        Random rng = new Random(); // vulnerable: SEC-WEAK-RANDOM
        return Long.toHexString(rng.nextLong());
    }

    double rs1() {
        double jitterFactor = Math.random(); // safe: SEC-WEAK-RANDOM
        return jitterFactor;
    }

    int rs2(int bound) {
        Random sampler = new Random(7); // safe: SEC-WEAK-RANDOM
        return sampler.nextInt(bound);
    }

    String rs3() {
        byte[] token = new byte[32];
        new SecureRandom().nextBytes(token); // safe: SEC-WEAK-RANDOM
        return java.util.HexFormat.of().formatHex(token);
    }

    int rs4() {
        int colourIndex = new Random().nextInt(8); // safe: SEC-WEAK-RANDOM
        return colourIndex;
    }

    // ---- cookies ----
    Cookie k1(String v) {
        Cookie auth = new Cookie("AUTH", v); // vulnerable: SEC-INSECURE-COOKIE
        auth.setPath("/");
        return auth;
    }

    Cookie k2(String v) {
        Cookie c = new Cookie("lang", v);
        c.setSecure(false); // vulnerable: SEC-INSECURE-COOKIE
        return c;
    }

    Cookie ks1(String v) {
        Cookie auth = new Cookie("AUTH", v); // safe: SEC-INSECURE-COOKIE
        auth.setSecure(true);
        auth.setHttpOnly(true);
        return auth;
    }

    Cookie ks2(String v, boolean https) {
        Cookie auth = new Cookie("AUTH", v); // safe: SEC-INSECURE-COOKIE
        auth.setSecure(https);
        return auth;
    }

    // ---- deserialization ----
    Object d1(byte[] bytes) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject(); // vulnerable: SEC-UNSAFE-DESERIALIZATION
        }
    }

    Object d2(InputStream in) throws Exception {
        return new ObjectInputStream(in).readUnshared(); // vulnerable: SEC-UNSAFE-DESERIALIZATION
    }

    Object d3(com.fasterxml.jackson.databind.ObjectMapper m) {
        return m.activateDefaultTyping(m.getPolymorphicTypeValidator()); // vulnerable: SEC-UNSAFE-DESERIALIZATION
    }

    Object ds1(com.fasterxml.jackson.databind.ObjectMapper m, String json) throws Exception {
        return m.readValue(json, java.util.Map.class); // safe: SEC-UNSAFE-DESERIALIZATION
    }

    Object ds2(java.io.DataInputStream in) throws Exception {
        return in.readUTF(); // safe: SEC-UNSAFE-DESERIALIZATION
    }

    // ---- XML parsers ----
    Object x1() throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder(); // vulnerable: SEC-XXE
    }

    Object x2() {
        XMLInputFactory f = XMLInputFactory.newInstance(); // vulnerable: SEC-XXE
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    Object x3() throws Exception {
        return SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI); // vulnerable: SEC-XXE
    }

    Object xs1() throws Exception {
        SAXParserFactory f = SAXParserFactory.newInstance(); // safe: SEC-XXE
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        return f.newSAXParser();
    }

    Object xs2() {
        XMLInputFactory f = XMLInputFactory.newInstance(); // safe: SEC-XXE
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    Object xs3() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance(); // safe: SEC-XXE
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder();
    }

    // ---- TLS ----
    TrustManager t1() {
        return new X509TrustManager() {
            public void checkClientTrusted(java.security.cert.X509Certificate[] c, String a) { } // vulnerable: SEC-TLS-VERIFICATION-DISABLED
            public void checkServerTrusted(java.security.cert.X509Certificate[] c, String a) { } // vulnerable: SEC-TLS-VERIFICATION-DISABLED
            public java.security.cert.X509Certificate[] getAcceptedIssuers() { return null; }
        };
    }

    void t2() {
        HttpsURLConnection.setDefaultHostnameVerifier((h, s) -> true); // vulnerable: SEC-TLS-VERIFICATION-DISABLED
    }

    Object t3(org.apache.http.ssl.SSLContextBuilder b) throws Exception {
        return b.loadTrustMaterial(null, new TrustAllStrategy()).build(); // vulnerable: SEC-TLS-VERIFICATION-DISABLED
    }

    void ts1() {
        HttpsURLConnection.setDefaultHostnameVerifier((h, s) -> h.endsWith(".acme.example")); // safe: SEC-TLS-VERIFICATION-DISABLED
    }

    HostnameVerifier ts2(HostnameVerifier standard) {
        return new HostnameVerifier() {
            public boolean verify(String host, SSLSession s) { // safe: SEC-TLS-VERIFICATION-DISABLED
                return !host.isEmpty() && standard.verify(host, s);
            }
        };
    }

    Object ts3(org.apache.http.ssl.SSLContextBuilder b, java.security.KeyStore trust) throws Exception {
        return b.loadTrustMaterial(trust, null).build(); // safe: SEC-TLS-VERIFICATION-DISABLED
    }

    static class TrustAllStrategy {
    }
}
