package org.talkskg.web;

import java.util.List;

/** The facts of one kind on a page, under one heading. */
public record FactGroup(String kind, List<Fact> facts) {
}
