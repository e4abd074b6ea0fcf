package io.tributary.plugins.internal.marketplace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import io.tributary.api.marketplace.Dependency;

/**
 * The Karaf features repository of one installed listing version: a feature with the verified jar as its only
 * bundle, by its file URL so that Karaf installs exactly the bytes that were checked, and the features of the
 * marketplace installs it depends on.
 */
final class FeaturesXml {

    static final String NAMESPACE = "http://karaf.apache.org/xmlns/features/v1.6.0";

    private FeaturesXml() {
    }

    static String render(String listingId, String version, List<Dependency> dependencies, Path jar) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<features name=\"").append(escape(RuntimeRepository.featureName(listingId) + "-" + version))
                .append("\" xmlns=\"").append(NAMESPACE).append("\">\n")
                .append("    <feature name=\"").append(escape(RuntimeRepository.featureName(listingId)))
                .append("\" version=\"").append(escape(version)).append("\">\n");
        for (Dependency dependency : dependencies) {
            xml.append("        <feature version=\"")
                    .append(escape(Versions.featureRange(Versions.range(dependency.range(), "dependencies"))))
                    .append("\" dependency=\"true\">")
                    .append(escape(RuntimeRepository.featureName(dependency.listingId()))).append("</feature>\n");
        }
        return xml.append("        <bundle>").append(escape(jar.toUri().toString())).append("</bundle>\n")
                .append("    </feature>\n</features>\n").toString();
    }

    /** The marketplace dependencies a features repository written by {@link #render} names. */
    static List<Dependency> dependencies(Path file) throws IOException {
        try {
            NodeList features = parser().parse(file.toFile()).getDocumentElement().getChildNodes();
            List<Dependency> dependencies = new ArrayList<>();
            for (int i = 0; i < features.getLength(); i++) {
                if (features.item(i) instanceof Element feature) {
                    dependencies.addAll(dependenciesOf(feature));
                }
            }
            return dependencies;
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<Dependency> dependenciesOf(Element feature) {
        List<Dependency> dependencies = new ArrayList<>();
        for (Node child = feature.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && "feature".equals(element.getLocalName())) {
                String name = element.getTextContent().strip();
                if (name.startsWith(RuntimeRepository.FEATURE_PREFIX)) {
                    dependencies.add(new Dependency(name.substring(RuntimeRepository.FEATURE_PREFIX.length()),
                            element.getAttribute("version")));
                }
            }
        }
        return dependencies;
    }

    private static DocumentBuilder parser() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // our own file, but read like any other: no DTDs, no external entities
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
