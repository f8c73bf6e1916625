package dev.uplift.analysis.components;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * XML parsing that cannot be turned against the user: no DTDs (so no external entities and no
 * entity expansion bombs), no XInclude, secure processing limits on.
 */
public final class SafeXml {
    private SafeXml() {
    }

    public static Document parse(byte[] content) throws IOException {
        return parse(content, false);
    }

    /**
     * For formats that carry a DOCTYPE (JaCoCo, Cobertura): the declaration is read but no external DTD
     * or entity is ever loaded, and the JDK's secure-processing limits stop entity-expansion bombs.
     */
    public static Document parseAllowingDoctype(byte[] content) throws IOException {
        return parse(content, true);
    }

    private static Document parse(byte[] content, boolean allowDoctype) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", !allowDoctype);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(content));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required security feature", e);
        } catch (SAXException e) {
            throw new IOException("not well-formed XML or a DOCTYPE is present: " + e.getMessage(), e);
        }
    }

    /** Text of the first direct child element with that name, or null. */
    public static String childText(Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? null : child.getTextContent().strip();
    }

    /** The first direct child element with that name, or null (also when {@code parent} is null). */
    public static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** Direct child elements with that name ({@code "*"}: all of them). */
    public static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        NodeList list = parent.getChildNodes();
        for (int i = 0; i < list.getLength(); i++) {
            if (list.item(i) instanceof Element e && (name.equals("*") || e.getTagName().equals(name))) {
                out.add(e);
            }
        }
        return out;
    }
}
