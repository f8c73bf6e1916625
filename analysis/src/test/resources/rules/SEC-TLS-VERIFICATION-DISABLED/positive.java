package fixture;

import java.security.cert.X509Certificate;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSession;
import javax.net.ssl.X509TrustManager;

class Insecure implements X509TrustManager {
    public void checkClientTrusted(X509Certificate[] chain, String type) { // expect: SEC-TLS-VERIFICATION-DISABLED
    }

    public void checkServerTrusted(X509Certificate[] chain, String type) { // expect: SEC-TLS-VERIFICATION-DISABLED
    }

    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }

    void open(HttpsURLConnection c) {
        c.setHostnameVerifier((host, session) -> true); // expect: SEC-TLS-VERIFICATION-DISABLED
    }

    static class AnyHost implements javax.net.ssl.HostnameVerifier {
        public boolean verify(String host, SSLSession session) { // expect: SEC-TLS-VERIFICATION-DISABLED
            return true;
        }
    }
}
