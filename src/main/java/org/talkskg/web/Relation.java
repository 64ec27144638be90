package org.talkskg.web;

import java.util.List;

/**
 * A plain link of the entity, one triple: subject, the property's label, object.
 *
 * @param evidence the sentences the subject cites, for a link from another node; empty for the
 *                 entity's own links, which rest on its own mentions
 */
public record Relation(Value subject, String property, Value object, List<Evidence> evidence) {
}
