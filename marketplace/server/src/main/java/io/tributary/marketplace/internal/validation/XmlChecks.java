package io.tributary.marketplace.internal.validation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import io.tributary.archive.ArchiveReader;

/**
 * Every XML file of the archive (Declarative Services components, Blueprint, anything) must parse without a DTD:
 * a DOCTYPE is how external entities get in, and the runtime's XML readers might resolve them.
 */
final class XmlChecks {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private final long maxBytes;

    XmlChecks(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    void check(ArchiveReader archive, Failures failures) {
        for (String name : archive.names()) {
            if (name.toLowerCase(Locale.ROOT).endsWith(".xml") && !name.endsWith("/")) {
                check(archive, name, failures);
            }
        }
    }

    private void check(ArchiveReader archive, String name, Failures failures) {
        byte[] xml;
        try {
            xml = archive.read(name, maxBytes);
        } catch (ArchiveReader.TooLargeException e) {
            failures.entry(name, "is larger than " + maxBytes + " bytes; XML files are checked for external"
                    + " entities and may be at most that large");
            return;
        } catch (IOException e) {
            failures.entry(name, "cannot be read: " + e.getMessage());
            return;
        }
        try {
            newBuilder().parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            String why = String.valueOf(e.getMessage());
            failures.entry(name, why.contains(DISALLOW_DOCTYPE)
                    ? "declares a DOCTYPE/external entity; XML with DTDs is refused"
                    : "is not well-formed XML: " + why + lineOf(e));
        } catch (IOException e) {
            failures.entry(name, "cannot be parsed: " + e.getMessage());
        }
    }

    /** A parser that refuses any DOCTYPE and never reaches outside the document. */
    private static DocumentBuilder newBuilder() {
        try {
            // the JDK's own parser: an OSGi container may offer another implementation through the factory lookup
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new Strict());
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
        }
    }

    private static String lineOf(SAXException e) {
        return e instanceof SAXParseException parse && parse.getLineNumber() > 0
                ? " (line " + parse.getLineNumber() + ")" : "";
    }

    /** Fails on the first error instead of printing it to the console. */
    private static final class Strict implements ErrorHandler {

        @Override
        public void warning(SAXParseException exception) {
            // warnings do not make a document unsafe
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    }
}
