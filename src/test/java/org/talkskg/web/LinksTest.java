package org.talkskg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class LinksTest {

    @Test
    void theGraphsOwnIrisArePagesOfThisServer() {
        assertEquals("/id/volodymyr-zelensky", Links.href("https://w3id.org/talks-kg/id/volodymyr-zelensky"));
        assertEquals("/ontology#Participation", Links.href("https://w3id.org/talks-kg/ontology#Participation"));
        assertEquals("/ontology", Links.href("https://w3id.org/talks-kg/ontology"));
    }

    @Test
    void webAddressesLinkToThemselvesAndOtherSchemesNowhere() {
        assertEquals("http://www.wikidata.org/entity/Q3874799", Links.href("http://www.wikidata.org/entity/Q3874799"));
        assertEquals("#", Links.href("javascript:alert(1)"));
        assertEquals("#", Links.href("JavaScript:alert(1)"));
        assertEquals(Optional.empty(), Links.safeHref("data:text/html,<script>alert(1)</script>"));
        assertEquals(Optional.empty(), Links.safeHref("urn:isbn:0451450523"));
    }
}
