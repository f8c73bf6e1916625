package fixture;

import javax.servlet.http.HttpServletRequest;
import javax.xml.xpath.XPath;
import org.w3c.dom.Document;

class Catalog {
    Object price(HttpServletRequest request, XPath xpath, Document doc) throws Exception {
        xpath.setXPathVariableResolver(name -> request.getParameter("sku"));
        return xpath.evaluate("/catalog/item[@sku=$sku]/price", doc);
    }
}
