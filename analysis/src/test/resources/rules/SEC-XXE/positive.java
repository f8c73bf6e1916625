package fixture;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLInputFactory;

class Xml {
    Object parse(java.io.InputStream in) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance(); // expect: SEC-XXE
        return f.newDocumentBuilder().parse(in);
    }

    XMLInputFactory stax() {
        return XMLInputFactory.newFactory(); // expect: SEC-XXE
    }
}
