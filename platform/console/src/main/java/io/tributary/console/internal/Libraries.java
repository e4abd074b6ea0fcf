package io.tributary.console.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The versions of the browser libraries embedded from WebJars, as the build wrote them, and the import map that
 * lets the console's ES modules import them by bare name ({@code import { html } from 'lit-html'}).
 */
record Libraries(String litHtml, String uplot, String swaggerUi) {

    static final String WEBJARS = "/console/webjars/";

    static Libraries load() {
        Properties versions = new Properties();
        try (InputStream in = Libraries.class.getResourceAsStream("libraries.properties")) {
            versions.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the console bundle lacks its libraries.properties", e);
        }
        return new Libraries(required(versions, "lit-html"), required(versions, "uplot"),
                required(versions, "swagger-ui"));
    }

    private static String required(Properties versions, String name) {
        String version = versions.getProperty(name);
        if (version == null || !version.matches("[0-9][0-9A-Za-z.-]*")) {
            throw new IllegalStateException("no version of " + name + " in libraries.properties: " + version);
        }
        return version;
    }

    /** The import map, as the JSON text that goes into the page (and whose hash the CSP allows). */
    String importMap() {
        String litHtmlFolder = WEBJARS + "lit-html/" + litHtml + "/";
        return "{\"imports\":{"
                + "\"lit-html\":\"" + litHtmlFolder + "lit-html.js\","
                + "\"lit-html/\":\"" + litHtmlFolder + "\","
                + "\"uplot\":\"" + WEBJARS + "uplot/" + uplot + "/dist/uPlot.esm.js\"}}";
    }

}
