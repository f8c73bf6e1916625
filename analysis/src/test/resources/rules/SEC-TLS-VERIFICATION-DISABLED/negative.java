package fixture;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLSession;
import javax.net.ssl.X509TrustManager;

class Pinned implements X509TrustManager {
    private final X509TrustManager delegate;

    Pinned(X509TrustManager delegate) {
        this.delegate = delegate;
    }

    public void checkClientTrusted(X509Certificate[] chain, String type) throws CertificateException {
        delegate.checkClientTrusted(chain, type);
    }

    public void checkServerTrusted(X509Certificate[] chain, String type) throws CertificateException {
        delegate.checkServerTrusted(chain, type);
    }

    public X509Certificate[] getAcceptedIssuers() {
        return delegate.getAcceptedIssuers();
    }

    static class KnownHost implements javax.net.ssl.HostnameVerifier {
        public boolean verify(String host, SSLSession session) {
            return host.equals("api.acme.example");
        }
    }
}
