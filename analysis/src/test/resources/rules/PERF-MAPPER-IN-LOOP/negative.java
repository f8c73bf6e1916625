package fixture;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

class Codec {
    private static final ObjectMapper JSON = new ObjectMapper();

    void parse(List<String> docs) throws Exception {
        for (String doc : docs) {
            Object o = JSON.readTree(doc);
        }
    }
}
