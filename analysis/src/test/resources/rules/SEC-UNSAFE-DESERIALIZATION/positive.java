package fixture;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.beans.XMLDecoder;
import java.io.InputStream;
import java.io.ObjectInputStream;

class Loader {
    Object load(InputStream in) throws Exception {
        ObjectInputStream ois = new ObjectInputStream(in);
        return ois.readObject(); // expect: SEC-UNSAFE-DESERIALIZATION
    }

    Object decode(InputStream in) {
        return new XMLDecoder(in).readObject(); // expect: SEC-UNSAFE-DESERIALIZATION
    }

    ObjectMapper mapper() {
        return new ObjectMapper().enableDefaultTyping(); // expect: SEC-UNSAFE-DESERIALIZATION
    }
}
