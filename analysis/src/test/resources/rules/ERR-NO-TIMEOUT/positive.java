package fixture;

import java.net.HttpURLConnection;
import java.net.URL;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import org.springframework.web.client.RestTemplate;

class Clients {
    HttpClient plain = HttpClient.newHttpClient(); // expect: ERR-NO-TIMEOUT
    HttpClient built = HttpClient.newBuilder() // expect: ERR-NO-TIMEOUT
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    RestTemplate rest = new RestTemplate(); // expect: ERR-NO-TIMEOUT

    int status(URL url) throws Exception {
        HttpURLConnection c = (HttpURLConnection) url.openConnection(); // expect: ERR-NO-TIMEOUT
        c.setConnectTimeout(2000);
        return c.getResponseCode();
    }

    Connection db(String url) throws Exception {
        return DriverManager.getConnection(url, "app", System.getenv("DB_PASSWORD")); // expect: ERR-NO-TIMEOUT
    }
}
