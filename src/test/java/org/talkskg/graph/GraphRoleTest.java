package org.talkskg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class GraphRoleTest {

    @Test
    void graphIriIsRoleAndRelativePathWithoutExtension() {
        assertEquals("https://w3id.org/talks-kg/graph/data/actors", GraphRole.DATA.graphIri(Path.of("actors.ttl")));
        assertEquals("https://w3id.org/talks-kg/graph/ontology/shapes", GraphRole.ONTOLOGY.graphIri(Path.of("shapes.ttl")));
    }

    @Test
    void subFoldersBecomePathSegmentsAndUnsafeCharactersAreEncoded() {
        assertEquals("https://w3id.org/talks-kg/graph/data/meetings/spring%202022",
                GraphRole.DATA.graphIri(Path.of("meetings", "spring 2022.ttl")));
    }
}
