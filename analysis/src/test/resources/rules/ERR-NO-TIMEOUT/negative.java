package fixture;

import java.net.HttpURLConnection;
import java.net.URL;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestTemplate;

class Clients {
    HttpClient built = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    RestTemplate rest = new RestTemplate(factory());

    static SimpleClientHttpRequestFactory factory() {
        SimpleClientHttpRequestFactory f = new SimpleClientHttpRequestFactory();
        f.setConnectTimeout(2000);
        f.setReadTimeout(5000);
        return f;
    }

    int status(URL url) throws Exception {
        HttpURLConnection c = (HttpURLConnection) url.openConnection();
        c.setConnectTimeout(2000);
        c.setReadTimeout(5000);
        return c.getResponseCode();
    }

    Connection db() throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://db/orders?connectTimeout=5&socketTimeout=30");
    }
}
