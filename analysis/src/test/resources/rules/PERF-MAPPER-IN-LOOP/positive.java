package fixture;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

class Codec {
    void parse(List<String> docs) throws Exception {
        for (String doc : docs) {
            Object o = new ObjectMapper().readTree(doc); // expect: PERF-MAPPER-IN-LOOP
        }
    }
}
