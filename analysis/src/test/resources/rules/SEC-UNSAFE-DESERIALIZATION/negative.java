package fixture;

import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;

class Loader {
    Object load(InputStream in) throws Exception {
        ObjectInputStream ois = new ObjectInputStream(in);
        ois.setObjectInputFilter(ObjectInputFilter.Config.createFilter("com.acme.dto.*;!*"));
        return ois.readObject();
    }
}
